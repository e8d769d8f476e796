"""Numbers in news text: digit groups and number words, rewritten as plain digits.

Pure functions over text; the reader (monitor.counts) runs `digitise` on the sentences that
mention a weapon, so every count it sees afterwards is a run of ASCII digits.
English and French words go through text2num; Ukrainian and Russian use the tables below
(all grammatical cases, since "семью" or "шістьма" are what the press writes).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from text_to_num import alpha2digit

# Languages text2num knows; anything else written in Latin script is read as English.
_T2N_LANGS = frozenset({"en", "fr", "es", "de", "pt", "it", "nl"})

# "1 200", "1 200" (no-break / thin / narrow spaces), "1,200", "1.200", "1'200": one group
# separator used consistently. A lone "4,5" or "4.5" (decimal) is left alone.
# (The character before the first digit is checked behind that digit: a pattern that starts
# with a look-behind is tried at every position, one that starts with a digit only at digits.)
_GROUPED = re.compile(
    r"([0-9](?<![\w.,'/-]\d)\d{0,2})([ \u00a0\u202f\u2009,.'])(\d{3})((?:\2\d{3})*)(?![\d]|[.,]\d)"
)
_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " "})
_ODD_SPACE = re.compile("[\u00a0\u202f\u2009\u2007]")


def _join_groups(match: re.Match[str]) -> str:
    sep = match.group(2)
    return match.group(1) + match.group(3) + match.group(4).replace(sep, "")


_MAY_BE_GROUPED = re.compile(r"[0-9][ \u00a0\u202f\u2009,.']\d\d\d")


def join_digit_groups(text: str) -> str:
    """'1 200 drones' -> '1200 drones'; '1,200,000' -> '1200000'."""
    if not _MAY_BE_GROUPED.search(text):
        return text  # the common case, found by a pattern that can skip ahead
    return _GROUPED.sub(_join_groups, text)


# --- Regex helper ---------------------------------------------------------------------------
def _structure(pattern: str) -> Iterator[tuple[int, str, int]]:
    """(index, character, depth) of each character of a regex source outside escapes and
    character classes; depth counts the groups open around it (a group's own parentheses are
    at the depth outside it)."""
    depth, i, in_class = 0, 0, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        else:
            depth -= char == ")"
            yield i, char, depth
            depth += char == "("
        i += 1


def split_alternatives(pattern: str) -> list[str]:
    """Top-level alternatives of a regex source (outside groups and character classes)."""
    parts, start = [], 0
    for i, char, depth in _structure(pattern):
        if char == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    parts.append(pattern[start:])
    return parts


def by_first_letter(pattern: str, word_start: bool = False) -> str:
    """The same alternation, grouped by first letter: `l(?:aunch\\w*|anc\\w*)|...`.

    Python's regex engine tries every alternative at every position; grouping them by their
    first literal letter lets it drop all but a few at once (about 5x faster on cue lists).
    Only alternatives with the same first letter can match at one position, and they keep
    their order; those not starting with a letter go first. So the match is the same.
    `word_start`: each alternative must start a word (as a leading \\b would say).
    """
    groups: dict[str, list[str]] = {}
    first: dict[str, list[str]] = {}  # rewritten alternatives: tried first, as they were
    other: list[str] = []
    alternatives = split_alternatives(pattern)
    if word_start:
        alternatives = [rf"\b{alternative}" for alternative in alternatives]
    for alternative, rewritten in _expanded(alternatives):
        head = alternative[:1]
        quantified = alternative[1:2] in ("?", "*", "+", "{")
        if head and (head.isalpha() or head == "'") and not quantified:
            groups.setdefault(head, [])
            (first.setdefault(head, []) if rewritten else groups[head]).append(alternative[1:])
        else:
            other.append(alternative)
    parts = []
    for head, tails in groups.items():
        tails = first.get(head, []) + tails
        # "(?<!\wо)" in front of every tail: checked once, right after the letter.
        guard = f"(?<!\\w{head})"
        if len(tails) > 1 and all(tail.startswith(guard) for tail in tails):
            head, tails = head + guard, [tail[len(guard) :] for tail in tails]
        parts.append(f"{head}(?:{'|'.join(tails)})" if len(tails) > 1 else head + tails[0])
    return "(?:" + "|".join(other + parts) + ")"


# How often each character comes in news text of the four languages, per 10,000 characters
# (counted over the labelled corpus); any other character is rarer than these.
_FREQUENCY = dict(
    zip(
        " esainrоtаoинdрluтевскіплchдm,ум.бp0éfgk1язvy2bьхwгчйы-435':ж8ц97шю6qїщ–àjф»«x()єzè—;э",
        (
            1515, 559, 395, 382, 372, 351, 342, 331, 302, 298, 255, 251, 240, 229, 211, 189, 186,
            184, 171, 159, 136, 131, 129, 120, 120, 115, 111, 106, 102, 101, 89, 87, 86, 80, 78,
            67, 64, 64, 64, 62, 55, 55, 55, 53, 49, 43, 41, 41, 40, 38, 36, 36, 31, 30, 27, 26,
            25, 24, 23, 22, 21, 20, 17, 16, 16, 16, 16, 15, 15, 13, 11, 10, 8, 8, 8, 8, 7, 7, 6,
            6, 6, 6, 6, 4, 4, 3,
        ),
        strict=True,
    )
)
_GUARDED = re.compile(r"(\w)\(\?<!\\w\1\)")  # "о(?<!\wо)": a word starts at the letter
_LITERAL_CHARS = "' -:;,—–«»"
_NAMED_GROUP = re.compile(r"(?<!\\)\(\?P<\w+>")
# "[:(—–]", "[2-5]": a class of plain characters, each an alternative of its own.
_PLAIN_CLASS = re.compile(r"\[((?:[^\\\]\[^-](?:-[^\\\]\[^-])?|\\[()\[\].])+)\]")
_CLASS_ITEM = re.compile(r"([^\\])-([^\\])|\\?(.)")  # a range "a-f", or one character


def hint(pattern: str) -> re.Pattern[str]:
    """A pattern that tells whether `pattern` matches somewhere in a text, faster to search
    for; it says yes or no, not where: use it only as `bool(hint.search(text))`, searched from
    the text's start.

    The regex engine tries a pattern at every position whose character can start it, which
    for stems such as "record|larg|most|plus" is most letters of a text. Here each alternative
    starts at one letter of its literal start, checking the letters before it with a
    look-behind ("record" -> "c(?<=rec)ord"), the letters chosen so that the text has as few
    positions as possible to try. A text has a match exactly when it had one (the same match,
    found from a later letter).
    """
    if "(?P=" not in pattern:
        pattern = _NAMED_GROUP.sub("(?:", pattern)  # what a group holds is not asked
    if re.compile(pattern).groups:
        return re.compile(by_first_letter(pattern))  # spread out, a group would be repeated
    starts: list[tuple[str, str, bool]] = []  # literal start, the rest, word start required
    for alternative, _ in _expanded(split_alternatives(pattern)):
        for flat in _flattened(alternative):
            start = _literal_start(flat)
            if start is None:
                return re.compile(by_first_letter(pattern))  # no literal start: nothing gained
            starts.extend(start)
    # The letters to start at: few, rare ones (a greedy cover of the alternatives).
    pivots: list[int | None] = [None] * len(starts)
    while None in pivots:
        having: dict[str, list[int]] = {}
        for index, (literal, _rest, _guarded) in enumerate(starts):
            if pivots[index] is None:
                for char in dict.fromkeys(literal):
                    having.setdefault(char, []).append(index)
        char = min(having, key=lambda c: (_FREQUENCY.get(c, 1) / len(having[c]), c))
        for index in having[char]:
            pivots[index] = starts[index][0].index(char)
    groups: dict[str, list[str]] = {}
    for (literal, rest, guarded), pivot in zip(starts, pivots, strict=True):
        assert pivot is not None
        behind = literal[: pivot + 1]
        groups.setdefault(literal[pivot], []).append(
            (f"(?<={re.escape(behind)})" if pivot else "")
            + (f"(?<!\\w{re.escape(behind)})" if guarded else "")
            + re.escape(literal[pivot + 1 :])
            + rest
        )
    parts = [
        re.escape(head) + (f"(?:{'|'.join(tails)})" if len(tails) > 1 else tails[0])
        for head, tails in groups.items()
    ]
    return re.compile("(?:" + "|".join(parts) + ")")


def _literal_length(text: str) -> int:
    """How many plain characters the regex source starts with (none followed by "?", "*"...)."""
    length = 0
    while length < len(text) and (text[length].isalnum() or text[length] in _LITERAL_CHARS):
        if text[length + 1 : length + 2] in ("?", "*", "+", "{"):
            break  # a quantified letter is not a literal one
        length += 1
    return length


def _flattened(alternative: str, limit: int = 64) -> list[str]:
    """"d(?:ozen|izaine)s" -> "dozens", "dizaines": the group after a literal start spread out,
    so that each alternative has the longest literal start to pick a rare letter from."""
    length = _literal_length(alternative)
    rest = alternative[length:]
    if not length or not rest.startswith("(?:"):
        return [alternative]
    end = _group_end(rest)
    after = rest[end + 1 :]
    if end < 0 or after[:1] in ("?", "*", "+", "{"):
        return [alternative]
    flat = [
        spread
        for inner in split_alternatives(rest[3:end])
        for spread in _flattened(alternative[:length] + inner + after, limit)
    ]
    return flat if len(flat) <= limit else [alternative]


def _class_start(alternative: str, most: int = 32) -> tuple[str, str] | None:
    """The characters of the class of plain characters an alternative starts with, and the
    rest ("[2-5]x" -> "2345", "x"), if the class is not quantified and has at most `most`."""
    plain = _PLAIN_CLASS.match(alternative)
    if plain is None or alternative[plain.end() : plain.end() + 1] in ("?", "*", "+", "{"):
        return None
    chars = "".join(
        "".join(map(chr, range(ord(low), ord(high) + 1))) if low else single
        for low, high, single in _CLASS_ITEM.findall(plain.group(1))
    )
    if len(chars) > most:
        return None
    return "".join(dict.fromkeys(chars)), alternative[plain.end() :]


def _literal_start(alternative: str) -> list[tuple[str, str, bool]] | None:
    """(literal start, rest, whether a word starts there) of an alternative; one per character
    of a class of plain characters; None when it starts with no literal."""
    if (start := _class_start(alternative)) is not None:
        chars, rest = start
        return [(char, rest, False) for char in chars]
    guarded = _GUARDED.match(alternative)
    body = alternative[0] + alternative[guarded.end() :] if guarded else alternative
    length = _literal_length(body)
    if not length:
        return None
    return [(body[:length], body[length:], guarded is not None)]


def _expanded(alternatives: list[str]) -> list[tuple[str, bool]]:
    """Alternatives that start with a group or a word boundary, rewritten to start with a
    letter: one such alternative makes the engine try the whole pattern at every position.
    "(?:за|в)\\s+x" -> "за\\s+x", "в\\s+x"; "\\bова" -> "о(?<!\\wо)ва" (same match, same start)."""
    done: list[tuple[str, bool]] = []
    todo = [(alternative, False) for alternative in reversed(alternatives)]
    while todo:
        alternative, rewritten = todo.pop()
        if alternative[:1].isalpha():
            done.append((alternative, rewritten))
            continue
        boundary = "\\b" if alternative.startswith("\\b(?:") else ""
        if alternative.startswith("(?:", len(boundary)):
            group = alternative[len(boundary) :]
            end = _group_end(group)
            rest = group[end + 1 :]
            if end > 0 and rest[:1] not in ("?", "*", "+", "{"):
                inners = split_alternatives(group[3:end])
                todo.extend((boundary + inner + rest, True) for inner in reversed(inners))
                continue
        elif alternative.startswith("\\b") and alternative[2:3].isalpha():
            letter = alternative[2]
            done.append((f"{letter}(?<!\\w{letter}){alternative[3:]}", True))
            continue
        elif (start := _class_start(alternative)) is not None:
            # "[ув]\\s+x" -> "у\\s+x", "в\\s+x": one character matches at a position, so the
            # order among them does not matter.
            chars, rest = start
            todo.extend((re.escape(char) + rest, True) for char in reversed(chars))
            continue
        done.append((alternative, False))
    return done


def _group_end(pattern: str) -> int:
    """Where the group that opens the pattern closes, or -1."""
    return next((i for i, char, depth in _structure(pattern) if char == ")" and depth == 0), -1)


# --- Ukrainian and Russian number words -------------------------------------------------------
# One table for both languages: the few shared spellings mean the same number in each.
_UNITS: dict[int, tuple[str, ...]] = {
    1: (
        "один одна одне одно одного однієї одному одній одним однією одну одні одних одними "
        "одной одною одни"
    ).split(),
    # "обидві Іскандер-М", "оба беспилотника": both is two.
    2: (
        "два дві двох двом двома две двух двум двумя обидва обидві обома оба обе обоих обеих"
    ).split(),
    3: "три трьох трьом трьома трех трем тремя".split(),
    4: "чотири чотирьох чотирьом чотирма четыре четырех четырем четырьмя".split(),
    5: "п'ять п'яти п'ятьох п'ятьом п'ятьма п'ятьома пять пяти пятью".split(),
    6: "шість шести шістьох шістьом шістьма шістьома шесть шестью".split(),
    7: "сім семи сімох сімом сьома сімома семь семью".split(),
    8: "вісім восьми вісьмох вісьмом вісьма вісьмома восьма восемь восемью восьмью".split(),
    9: "дев'ять дев'яти дев'ятьох дев'ятьом дев'ятьма дев'ятьома девять девяти девятью".split(),
}
_TEEN_STEMS_UK = {
    10: "десят",
    11: "одинадцят",
    12: "дванадцят",
    13: "тринадцят",
    14: "чотирнадцят",
    15: "п'ятнадцят",
    16: "шістнадцят",
    17: "сімнадцят",
    18: "вісімнадцят",
    19: "дев'ятнадцят",
    20: "двадцят",
    30: "тридцят",
}
_TEEN_STEMS_RU = {
    10: "десят",
    11: "одиннадцат",
    12: "двенадцат",
    13: "тринадцат",
    14: "четырнадцат",
    15: "пятнадцат",
    16: "шестнадцат",
    17: "семнадцат",
    18: "восемнадцат",
    19: "девятнадцат",
    20: "двадцат",
    30: "тридцат",
}
_TENS_EXTRA: dict[int, tuple[str, ...]] = {
    40: ("сорок", "сорока"),
    50: "п'ятдесят п'ятдесяти п'ятдесятьох п'ятдесятьма пятьдесят пятидесяти пятьюдесятью".split(),
    60: "шістдесят шістдесяти шістдесятьма шестьдесят шестидесяти шестьюдесятью".split(),
    70: "сімдесят сімдесяти сімдесятьма семьдесят семидесяти семьюдесятью".split(),
    80: "вісімдесят вісімдесяти вісімдесятьма восемьдесят восьмидесяти восемьюдесятью".split(),
    90: ("дев'яносто", "дев'яноста", "девяносто", "девяноста"),
}
# "полусотней ударных БпЛА", "півсотні дронів": half a hundred is fifty.
_TENS_EXTRA[50] += (
    "полсотни полсотня полсотню полусотни полусотня полусотню полусотней полусотне півсотні"
    " півсотня півсотню півсотнею"
).split()
_HUNDREDS: dict[int, tuple[str, ...]] = {
    100: ("сто", "ста"),
    200: "двісті двохсот двомстам двомастами двохстах двести двухсот двумстам двумястами".split(),
    300: "триста трьохсот трьомстам трьомастами трехсот тремстам тремястами".split(),
    400: "чотириста чотирьохсот чотирьомстам четыреста четырехсот четырьмястами".split(),
    # The dative, instrumental and locative too: "атакував дев'ятьмастами сорока двома дронами".
    500: "п'ятсот п'ятисот п'ятьмастами п'ятистам п'ятистах пятьсот пятисот пятьюстами пятистам"
    " пятистах".split(),
    600: "шістсот шестисот шістьмастами шістьомастами шестистам шестистах шестьсот шестьюстами"
    .split(),
    700: "сімсот семисот сьомастами сімомастами семистам семистах семьсот семьюстами".split(),
    800: "вісімсот восьмисот вісьмастами вісьмомастами восьмистам восьмистах восемьсот"
    " восемьюстами".split(),
    900: "дев'ятсот дев'ятисот дев'ятьмастами дев'ятьомастами дев'ятистам дев'ятистах девятьсот"
    " девятисот девятьюстами девятистам девятистах".split(),
}
_THOUSAND = (
    "тисяча тисячі тисяч тисячами тисячею тисячу тысяча тысячи тысяч тысячами тысячей тысячу"
).split()  # ("тисячу": the accusative, "запустила тисячу двісті")


def _cyrillic_table() -> dict[str, int]:
    table: dict[str, int] = {}
    for value, forms in (*_UNITS.items(), *_TENS_EXTRA.items(), *_HUNDREDS.items()):
        for form in forms:
            table[form] = value
    for value, stem in _TEEN_STEMS_UK.items():
        for ending in ("ь", "и", "ьох", "ьом", "ьма", "ьома"):
            table[stem + ending] = value
    for value, stem in _TEEN_STEMS_RU.items():
        for ending in ("ь", "и", "ью"):
            table[stem + ending] = value
    for form in _THOUSAND:
        table[form] = 1000
    return table


CYRILLIC_NUMBERS: dict[str, int] = _cyrillic_table()
_CYR_WORD = by_first_letter(
    "|".join(sorted(map(re.escape, CYRILLIC_NUMBERS), key=len, reverse=True))
)
# A run of number words ("сорок вісім", "двісті сорок вісім") read as one number.
# No look-behind at the start (it stops the engine skipping ahead): _replace_cyrillic checks.
_CYR_RUN = re.compile(rf"{_CYR_WORD}(?:\s+{_CYR_WORD})*(?![\w'])")
_HAS_CYRILLIC = re.compile(r"[а-яіїєґ]")


def has_cyrillic(text: str) -> bool:
    """Whether a (lowercased) text has a Cyrillic letter that a number word may start with."""
    return _HAS_CYRILLIC.search(text) is not None


def _rank(value: int) -> int:
    if value >= 100:
        return 2
    return 1 if value >= 10 else 0


def words_value(words: list[str]) -> list[int]:
    """Values of a run of Cyrillic number words; a run that does not compose splits.

    "сорок вісім" -> [48]; "двісті сорок вісім" -> [248]; "два три" -> [2, 3]: after a
    hundred come tens or units, after a ten only units, after a teen or a unit nothing.
    """
    values: list[int] = []
    thousands = 0
    current = 0
    slot = 3  # ranks below this may still join the number being read
    for word in words:
        value = CYRILLIC_NUMBERS[word]
        if value == 1000:
            thousands += (current or 1) * 1000
            current, slot = 0, 3
            continue
        rank = _rank(value)
        if rank >= slot:
            values.append(thousands + current)
            thousands, current = 0, 0
        current += value
        slot = 0 if (rank == 0 or value < 20) else rank
    values.append(thousands + current)
    return values


# "десятки тисяч дронів", "несколько тысяч": thousands, but how many is not said.
_SOME_BEFORE = re.compile(
    r"(?:десятк\w*|сотн\w*|сотен|кілька|декілька|кількох|несколько|нескольких|багато|много)\s+$"
)
_THOUSAND_WORDS = frozenset(_THOUSAND)
_ONE_WORDS = frozenset(("одну", "одна", "одни", "одні", "один", "одной", "однієї"))
_SPAN_AFTER = re.compile(r"\s+(?:ніч|ночь|ноч[іи]|добу|сутки|суток|доби|день|дня)(?![\w'])")


def _replace_cyrillic(match: re.Match[str]) -> str:
    start = match.start()
    if start and (match.string[start - 1].isalnum() or match.string[start - 1] == "'"):
        return match.group(0)  # the end of a longer word
    if match.group(0) in _ONE_WORDS and _SPAN_AFTER.match(match.string, match.end()):
        return match.group(0)  # "за одну ночь": how long, not how many
    if match.group(0) in _THOUSAND_WORDS and _SOME_BEFORE.search(
        match.string, max(0, start - 16), start
    ):
        return match.group(0)
    return " ".join(str(v) for v in words_value(match.group(0).split()))


# "8-ма ракетами", "2-х": a numeral with a case ending is the numeral.
_CASE_SUFFIX = re.compile(r"-(?<=\d-)(?:ма|ми|мя|х|ох|ьох|ти|ть|ом|ем|ью|ю|и|ому)(?![\w'])")


# "полутора сотнями беспилотников", "півтори тисячі дронів": one and a half hundreds or
# thousands ("более полутора сотен" is then a bound on 150, read as bounds are).
_ONE_AND_A_HALF = re.compile(
    r"(?<![\w'])(?:полтор[аы]|полутора|півтор[аиу])\s+(?:(?P<hundreds>сот(?:н\w*|ен))|тисяч\w*"
    r"|тысяч\w*)(?![\w'])"
)


def _one_and_a_half(match: re.Match[str]) -> str:
    return "150" if match.group("hundreds") else "1500"


# "60 тысяч": digits times a thousand word (the word alone would read as 1000).
_DIGITS_THOUSAND = re.compile(r"(?<![\d.,])(\d{1,3})\s+(?:тисяч\w*|тысяч\w*)(?![\w'])")


def cyrillic_to_digits(text: str) -> str:
    """Ukrainian/Russian number words to digits: 'семью ракетами' -> '7 ракетами'.

    Expects lowercase text with apostrophes unified to "'".
    """
    if not _HAS_CYRILLIC.search(text):
        return text
    if "-" in text:
        text = _CASE_SUFFIX.sub("", text)
    if "лтор" in text or "полут" in text or "півтор" in text:
        text = _ONE_AND_A_HALF.sub(_one_and_a_half, text)
    if "тис" in text or "тыс" in text:
        text = _DIGITS_THOUSAND.sub(lambda m: str(int(m.group(1)) * 1000), text)
    return _CYR_RUN.sub(_replace_cyrillic, text)


# Every English or French word text2num turns into digits starts with one of these (ordinals
# included). A sentence with none of them is left as is: text2num is the slow part of digitise.
_EN_FR_NUMBER_WORD = re.compile(
    by_first_letter(
        r"zero|zéro|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirt|fift"
        r"|twent|fort|ninet|hundred|thousand|million|billion|first|second|third|un|une|deux"
        r"|trois|quatr|quatorze|cinq|sept|huit|neuf|dix|onze|douze|treize|quinze|seize|vingt|trente"
        r"|quarante|cinquante|soixante|cent|mille|milli|premi|deuxi|troisi",
        word_start=True,
    )
)


# "a dozen cruise missiles", "une douzaine de missiles": twelve, as the Air Force's figure is
# usually reported; "dozens of" and "une dizaine" stay approximate (read in monitor.counts).
_A_DOZEN = re.compile(r"\b(?:a|one|une)\s+(?:dozen|douzaine\s+(?:de\s+|d'))|\bboth\b(?=\s)")


def _dozen_or_both(match: re.Match[str]) -> str:
    word = match.group(0)
    return "2" if word == "both" else "12 " if "douzaine" in word else "12"


def latin_to_digits(text: str, lang: str | Callable[[], str]) -> str:
    """English/French (and other text2num languages) number words to digits, isolated 'two'
    and 'deux' included. `lang` may be a function giving 'en' or 'fr', asked only when the
    text has a number word."""
    if "dozen" in text or "douzaine" in text or "both" in text:
        text = _A_DOZEN.sub(_dozen_or_both, text)
    if (callable(lang) or lang in ("en", "fr")) and not _EN_FR_NUMBER_WORD.search(text):
        return text
    if callable(lang):
        lang = lang()
    text = alpha2digit(text, lang if lang in _T2N_LANGS else "en", threshold=0)
    if "dozen" in text:
        text = _DOZENS.sub(lambda m: str(int(m.group(1)) * 12), text)  # "two dozen" -> 24
    if "several" in text or "few" in text or "many" in text:
        text = _SEVERAL_HUNDRED.sub(_undo_round, text)  # "several hundred": no figure
    if "a 1" in text or "an 1" in text:
        text = _A_HUNDRED.sub("", text)  # "a hundred drones" -> "a 100 drones" -> "100 drones"
    if "'un" in text:
        text = _ELIDED_ONE.sub(r"\1 1 ", text)  # "qu'un des 3 missiles": one of the three
    return text


_DOZENS = re.compile(r"\b(\d{1,2})\s+dozen\b")
# "several hundred drones", "a few thousand": how many is not said ("some 100" is about 100).
_SEVERAL_HUNDRED = re.compile(r"\b(several|a\s+few|many)\s+(100|1000)(?![\d.,])")


def _undo_round(match: re.Match[str]) -> str:
    return f"{match.group(1)} {'hundred' if match.group(2) == '100' else 'thousand'}"
_A_HUNDRED = re.compile(r"\ban?\s+(?=1(?:0{2}|0{3}|0{6})(?![\d.,-]))")
# "l'un des trois missiles", "ainsi qu'un des 3 missiles": text2num leaves an elided "un";
# before "des N" it is the number one.
_ELIDED_ONE = re.compile(r"\b((?:l|qu|d)')une?\s+(?=des\s+\d)")


def digitise(
    text: str, lang: str | Callable[[], str], *, spaced: bool = False, cyrillic: bool = True
) -> str:
    """All the numbers of a (lowercased) sentence as plain digits.

    The caller may spare scans it knows to find nothing: `spaced`, the text has plain spaces
    only; `cyrillic=False`, no Cyrillic letter (as a whole document without one tells of each
    of its sentences). `lang` may be a function giving 'en' or 'fr' (never 'uk' or 'ru'),
    asked only when a number word needs it.
    """
    if not spaced and _ODD_SPACE.search(text):  # rare, and translate() is slow on short strings
        text = text.translate(_SPACES)
    text = join_digit_groups(text)
    if callable(lang) or lang not in ("uk", "ru"):
        text = latin_to_digits(text, lang)
    return cyrillic_to_digits(text) if cyrillic else text


def parse_number(token: str, lang: str = "en") -> int | None:
    """One number written in digits or words ('1 200', 'cent dix-sept', 'шістьма'), or None."""
    text = digitise(token.strip().lower().replace("’", "'"), lang)
    match = re.fullmatch(r"\d+", text.strip())
    return int(match.group(0)) if match else None
