"""Attack reports read from the text of one news item: who attacked, with what, how many.

Pure functions over text. The pipeline: paragraphs -> sentences -> a normalised copy of each
sentence (lowercase, one apostrophe, one kind of space) -> numbers as digits (monitor.numbers)
-> "N [adjectives] WEAPON" mentions, each given a role (launched / destroyed) by the nearest
verb, a side (nationality of the weapon, the sentence's subject, who shot it down) and a day
(monitor.dates). Mentions of one sentence are summed per (side, weapon, role) — "31 cruise
missiles, 8 Kalibr missiles" — and sentences are merged per (attacker, weapon, date) keeping the
largest figure, so a paragraph repeated or rewritten lower in the page adds nothing.

Decisions:
- `any` (a combined count of aerial weapons) is kept only when the same attack has no drone or
  missile figure: the split is more useful and the record series use it.
- Totals over a week, a month or the war so far are dropped, never returned.
- "more than N", "at least N", "up to N" give null (the figure is not given); "about N" gives N.
  A report whose figures are all null is still returned: the text says the attack happened
  and which weapons it used (the Ukrainian Air Force labels keep such missile reports).
- attacker: the weapon's nationality ("drones ukrainiens"), else the sentence's subject
  ("Russia launched", "противник атакував"; a passive subject is the target), else who shot
  the weapons down (Russia's ministry / air defences -> UA attacker; the Ukrainian air force,
  "ППО" -> RU attacker), else the sentences just before, else the previous attack, else RU.
  A figure of no stated side ("ПВО сбили пять ракет") that the other side's attack repeats
  is that attack's.
- source: "Ukrainian Air Force" or "Russian Defence Ministry" when the sentence or its
  paragraph names the one matching the attacker; otherwise null.
- Record claims attach to the attack (attacker, date) of the figures in the same sentence, else
  to the last attack read, else to the next one (a headline); "one of the largest", "the largest
  since March", "Ukraine's largest city" (or company), "record grain exports", "just short of
  the record" and "the largest to date remains the one in May" are not claims; "a record 7,412
  drones in March" is a month's total, not an attack.
- A part of a total ("dont 26 ...", "26 of them over ...", "в том числе 91") is skipped; "N of
  them were shot down" is a destroyed count; "and EW suppressed a further 19" adds to it.
- In Ukrainian and Russian, a missile named without a numeral counts 1 when singular and makes
  the sum unknown (null) when plural, as the Ukrainian Air Force writes its summaries.
- "266 drones and 45 missiles, of which 250 and 40 respectively were shot down": the pair goes
  to the weapons in the order the sentence (or the one before) named them.
- A figure after its noun ("drones: 539", "Shahed — 120") counts like one before it; list lines
  ("Kh-101 cruise missiles: 6." then "Iskander-M missiles: 5.") add up and take the verb of the
  lines before.
- A total followed by parts that add up to it ("31 missiles: 8 Kh-101, 2 Kalibr, 21 Iskander",
  per-direction counts) is the total alone; parts given without the weapon noun are not read.
- "a dozen" / "une douzaine" is 12; "dozens of", "une dizaine de", "une soixantaine",
  "близько десятка", "близько сотні": the weapon was used, the figure is not given (null).
  "several"/"plusieurs" give nothing. An attack for which nothing at all is counted (no
  figure, not even a bound like "more than 300") gives no report: "the first missiles hit
  Kyiv at 04:50 on 24 February 2022".
- One region's or city's count is a part of an attack, not the attack: figures given by a
  governor, mayor or military administration in a text naming no national source (air force,
  defence ministry, "at Ukraine"), or restricted to a place ("над областю", "heading for
  Moscow", "la région d'Odessa") in a sentence that gives no parts, are not read.
- "450 drones, of which 430 were downed": a figure whose part follows is the total (launched);
  "counted 653, of which 617": a bare figure whose part follows is the total of the weapon
  named before; "741 engins" counts as the one weapon named before it;
  "35 of 49 drones", "72 des 89 drones": destroyed, then launched; "launched by Russia": the
  agent of a passive is the attacker. "more than N" is a bound, not a comparison; "no fewer
  than N" / "pas moins de N" is emphatic and gives N.
- A figure the text withdraws ("earlier we reported 400 ...", "раніше ми повідомляли про 400")
  is blanked out. Counts about a third country's war (Poland, Israel-Iran, Sudan...) in a
  sentence that does not name Ukraine are dropped, and so are yearly totals ("in 2024").
- An earlier attack mentioned in passing ("a day after a record 728 drones on Wednesday",
  "au lendemain d'une attaque record de 728 drones") is blanked out: not this attack's figure,
  date or record claim. An earlier attack told in a sentence of its own is its own report;
  "the previous night" is the night before the last attack read.
- Zero is a figure: "none of which were intercepted", "aucun des trois missiles", "the missiles
  were not intercepted" give destroyed 0.
- Not attacks: rates ("1 000 drones par nuit", "2,700 Shaheds a month"), forecasts ("could
  launch", "d'ici la fin de l'année"), habits ("rarely", "on average"), prices, and a sentence
  about an earlier year ("intercepté pour la première fois en mai 2023").
- A live blog's day header ("Samedi 24 janvier 2026") dates the posts under it: their
  "overnight" is that day's night, not the publication day's.
- A sentence telling two sides' accounts is read clause by clause ("..., while Kyiv said").
- A live blog's recap ("A quick recap: ...") repeats its posts: not read. Bare parts by named
  region ("Из них 26 сбиты над Ростовской областью") are parts, not a destroyed count.
- "in what was then its biggest attack": an old record told again, not a report.
- A fact-check ("Fact check:", "Vérification faite", "Проверка фактов") gives no report: its
  figures are the viral claim's, or told to refute it.
- A record claim in a headline goes to the next attack of the side it names ("Russia launches
  unprecedented attack"); a superlative within a week's or month's summary is no record.
- An attack read only from sentences that give a governor's or a mayor's count (and name no
  national source) is dropped even when the text has national figures for another attack.
- A figure in quotes in a text that calls something fake ("«600 дронів» – фейк") is the claim.
- An evening window with no night after it in the text is dated by the evening's own day,
  whether the day comes before or after the hours ("between 8 p.m. and 11:55 p.m. on Tuesday").
- A correction notice's right figure ("The air force figure is 38.", "Правильна цифра – 138")
  takes the place of the figure it withdraws. A verdict of its own ("C'est faux.", "Это не
  соответствует действительности.", "ФЕЙК: ...") makes the text a fact-check.
- "21 drones over the Bryansk region, 14 over ...": the first count of a list by region is a
  part. "479 drones et 20 missiles, dont 460 drones et 19 missiles ont été interceptés": the
  downing verb is the parts'; the figures before "dont" are launched. "a missile, which was
  shot down": as many downed as launched. "Of the 142 drones ... shot down 117": the opening
  total's weapon. "Окрім «Іскандерів», ... 6 крилатих ракет": another kind, added.
- A range ("80 à 100 missiles", "800 to 1,000 drones") gives no figure; "90 %" is no count.
- Not attacks either: a condition ("Если запустить две тысячи дронов", "Якщо ворог запустить"),
  a worked example ("Умовний приклад"), the war's first winter, a total "over the four years".
  A city's count in a text saying the national figures are not out yet ("ще не
  оприлюднено") is a part. A live blog's timed recap ("13:05 — A recap for readers ...") is not
  read.
- A table's rows ("Kh-101 cruise missiles — launched: 6; shot down: 6.") add up like list lines.
- "put the number of drones at 499", "drones ... that the air force put at 812" and "the number
  reached 1,204" (of the one weapon the sentence before named) are launched counts.
- "14 ballistic and 16 cruise missiles" is 30 missiles; "Крім того, ... 18 крилатих ракет" after
  a count of another kind adds to it.
- A count over one named region ("над Белгородской областью") in a text naming no national
  source, ministry or military is that region's part.
- "меньше рекордных 810 беспилотников", "inférieur au pic de septembre 2025": the night is
  measured against a peak, whose figure and year are not this attack's.
- A record of an earlier year told as still standing ("наразі найбільшою ... залишається ніч на
  7 вересня 2025 року") is an explainer's report, unless the text has news of its own or other
  past nights (a timeline).
- "un équipage peut abattre dix Shahed" is what one can do; "soit quatorze drones de moins que
  le record du 7 septembre 2025 (810)" is measured against the record; "Cette nuit-là, ..." over
  a night weeks before the publication is background, and so is all the text tells of that night.
- Last, a text the report screen (monitor/gate.py, a model trained on the labelled corpus) finds
  all but surely holds no report, whole and in each run of paragraphs, gives none, whatever the
  rules read in it: a forecast, a season's tally, history told in a report's words.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from dataclasses import replace as _renewed
from datetime import date, timedelta
from functools import cache, lru_cache, partial

from monitor import gate
from monitor.dates import (
    DATELINE,
    EVENING_CLOCK,
    EVENING_WINDOW,
    MONTH_WORDS,
    WEEKDAY_WORDS,
    evening_night,
    evening_then_night,
    find_date,
    may_be_evening,
    parse_published,
    weekday_span,
)
from monitor.models import Report
from monitor.numbers import by_first_letter, digitise, has_cyrillic, hint

log = logging.getLogger("salvo.counts")

EVIDENCE_CHARS = 300
AIR_FORCE = "Ukrainian Air Force"
RUSSIAN_MOD = "Russian Defence Ministry"
_OTHER_SIDE = {"RU": "UA", "UA": "RU"}

# str.translate with a dict is slow on short strings; a few replace() calls are not.
_NORMALISE = (
    ("’", "'"),
    ("ʼ", "'"),
    ("`", "'"),
    ("´", "'"),
    ("‘", "'"),
    ("\u00a0", " "),
    ("\u202f", " "),
    ("\u2009", " "),
    ("\u2007", " "),
    ("ё", "е"),
    ("\u2011", "-"),
    ("\u00ad", ""),
)
# Digits other than 0-9 ("５", "٥", "𝟓" of styled posts) are read as 0-9 here, once, so that
# the patterns can start at [0-9]: "\d" first makes the engine ask Unicode of every character.
_OTHER_DIGITS = "".join(char for char in map(chr, range(0x80, 0x20000)) if char.isdecimal())
_ASCII_DIGITS = str.maketrans({char: str(int(char)) for char in _OTHER_DIGITS})
# (The digits past U+FFFF as one range of all those characters, emoji included: a range per
# script would be checked at every character of every search.)
_OTHER_DIGIT = re.compile(
    "[" + "".join(char for char in _OTHER_DIGITS if char < "\U00010000") + "\U00010000-\U0010ffff]"
)
_ODD_CHARS = re.compile(
    "[" + "".join(old for old, _ in _NORMALISE) + _OTHER_DIGIT.pattern[1:-1] + "]"
)


def normalise(text: str) -> str:
    """Lowercase with one apostrophe, one space and the digits 0-9: what every pattern below
    expects."""
    return _unify(text.lower())


def _unify(lowered: str) -> str:
    if not lowered.isascii() and _ODD_CHARS.search(lowered):
        for old, new in _NORMALISE:
            lowered = lowered.replace(old, new)
        digit = _OTHER_DIGIT.search(lowered)
        while digit is not None and not digit.group().isdecimal():
            digit = _OTHER_DIGIT.search(lowered, digit.end())  # an emoji
        if digit is not None:
            lowered = lowered.translate(_ASCII_DIGITS)
    return lowered


# --- Language ---------------------------------------------------------------------------------
_CYRILLIC = re.compile(r"[а-яёіїєґ]", re.I)
_FR_WORDS = (
    r"(?:le|la|les|des|du|de|et|est|un|une|dans|sur|à|au|aux|ont|a été|par|pour|contre)"
    r"(?!\w)|(?:l|d|qu|n)'(?=\w)"
)
_EN_WORDS = ("the", "and", "of", "to", "in", "was", "is", "on", "at", "said", "with")
_EN_STOPWORDS = frozenset(_EN_WORDS)
# Both lists in one pass (no word is in both): the English ones are told apart after.
_STOPWORDS = re.compile(
    by_first_letter(f"{_FR_WORDS}|(?:{'|'.join(_EN_WORDS)})\\b", word_start=True)
)


def detect_lang(text: str) -> str:
    """A cheap guess from script and stopwords: 'uk', 'ru', 'fr' or 'en'."""
    sample = text[:400]
    # Cyrillic letters take two bytes in UTF-8: the extra bytes count them (and the odd accent
    # or emoji) without a regex pass over every character.
    cyrillic = len(sample.encode()) - len(sample) if _CYRILLIC.search(sample) else 0
    lowered = sample.lower()
    if cyrillic * 2 > len(sample.strip()) * 0.5 and cyrillic > 10:
        # str.count is faster than a regex pass for a few letters.
        ukrainian = sum(map(lowered.count, "іїєґ")) > sum(map(lowered.count, "ыэъ"))
        return "uk" if ukrainian else "ru"
    words = _STOPWORDS.findall(lowered)
    english = sum(map(_EN_STOPWORDS.__contains__, words))
    return "fr" if len(words) - english > english else "en"


# --- Sentences --------------------------------------------------------------------------------
# ("▪️ Ніч на неділю": the emoji form of the square, with its variation selector)
_BULLET = re.compile(r"^\s*[-–—•*▪·]\ufe0f?\s*")
# "🔹 36 ракет ...", "✔️ 441 ворожий БпЛА": a symbol marks the items of a list that a line
# ending in ":" opens, and the items after it with the same symbol (before any other line,
# "💥 За попередніми даними", "✊ Тримаймо небо!", a symbol starts a line).
_SYMBOL_BULLET = re.compile("^[\u2190-\u2bff\U0001f000-\U0001faff]\ufe0f?\\s*")
# ("« Chaque nuit ... »": French sets its guillemet apart from the word)
_SENTENCE_END = re.compile(
    r"[.!?…][\"»”)]?\s+(?=[\"“„(\[]?[A-ZÀ-ÝА-ЯІЇЄҐЁ0-9]|«\s?[A-ZÀ-ÝА-ЯІЇЄҐЁ0-9])"
)
_ABBREVIATION = re.compile(
    r"(?:(?<!-)\b(?:обл|м|т\.ч|р|ст|ул|mr|mrs|ms|dr|st|gen|col|lt|no|vs|approx|etc|u\.s|u\.k"
    r"|e\.g|i\.e|a\.m|p\.m|(?P<month>jan|feb|aug|sept|oct|nov|dec))|(?<![\w.-])[A-ZА-ЯІЇЄ])\.$",
    re.I,
)


# A page's links to other stories: "Read also: ...", or a "Related" heading over headlines.
_LINKS = re.compile(
    r"(?:related(?:\s+(?:posts|articles|stories|news))?|recent\s+posts|read\s+(?:also|more)"
    r"|also\s+read|see\s+also|more\s+(?:news|stories)|you\s+may\s+also\s+like|most\s+read"
    r"|articles\s+similaires|à\s+lire\s+aussi|lire\s+aussi|sur\s+le\s+même\s+sujet"
    r"|читайте\s+(?:також|также)|схожі\s+новини|похожие\s+новости|інші\s+новини"
    r"|другие\s+новости)(?:\s+(?:sur|on|на)\s+[^:|—–]{1,30})?\s*(?:(?P<sep>[:|—–])\s*)?",
    re.I,
)
# A line that ends a sentence ends the headlines under a "Related" heading.
_SENTENCE_LINE = re.compile(r"[.!?…][\"»”)]?$")


def paragraphs(text: str) -> list[str]:
    """Non-empty lines; list items ("- 5 ракет ...") stay with the line that introduces them.
    Links to other stories are left out: their figures are other attacks'."""
    kept: list[str] = []
    in_links = False
    mark = ""  # the symbol of the list items above, or ":" after a line that opens a list
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        links = _LINKS.match(line)
        if links is not None:
            if links.end() == len(line):
                in_links = True  # a heading: the headlines follow, one a line
                continue
            if links.group("sep"):
                continue  # "Read also: Zelensky meets US envoys"
        if in_links:
            if not _SENTENCE_LINE.search(line):
                continue
            in_links = False
        item = _BULLET.match(line)
        if mark and item is None and mark in (":", line[0]):
            item = _SYMBOL_BULLET.match(line)
            mark = line[0] if item else ""
        elif mark:
            mark = ""
        if (
            kept
            and item
            and len(kept) == 1
            and kept[0][-1].isalnum()
            and line[-1] in ".!?"
            and mark != line[0]
        ):
            # "Ukraine war briefing: 130 ... overnight" above "- Russia attacked ...": the
            # headline tells the first item again, it introduces no list.
            kept.append(line[item.end() :])
        elif kept and item:
            # An item after a full stop starts a sentence of its own.
            joint = " " if kept[-1][-1] in ".!?" else "; "
            kept[-1] = kept[-1] + joint + line[item.end() :]
        else:
            kept.append(line)
        if line[-1] == ":":
            mark = ":"
    return kept


def sentences(paragraph: str) -> list[str]:
    """Sentences, and the clauses of a sentence that tells two sides' counts ("..., while")."""
    parts: list[str] = []
    start = 0
    for boundary in _SENTENCE_END.finditer(paragraph):
        chunk = paragraph[start : boundary.start() + 1]
        # The pattern ends in "\.$": a chunk ending in "!" or "?" cannot match, nor one whose
        # last word is no letter ("539.") or has more than 6 letters ("missiles.").
        if (
            chunk[-1] == "."
            and chunk[-2:-1].isalpha()
            and not (len(chunk) >= 8 and chunk[-8:-1].isalpha())
            # (from the tail's last 8 characters: no abbreviation is longer, and a search
            # from each of 16 positions was most of the splitting's time)
            and (abbreviation := _ABBREVIATION.search(tail := chunk[-16:], max(0, len(tail) - 8)))
            # "Sept. 7" is a month; "... 187 et sept. Les frappes" ends on the French seven.
            and not (
                abbreviation["month"]
                and not paragraph[boundary.end() : boundary.end() + 1].isdigit()
            )
        ):
            continue
        parts.append(chunk.strip())
        start = boundary.end()
    parts.append(paragraph[start:].strip())
    if len(parts) and _may_contrast(paragraph):
        parts = [clause for part in parts for clause in _CONTRAST.split(part)]
    return [part for part in parts if part]


# "Russia said it downed 105 drones, while Kyiv said it was targeted by 140": two accounts.
def _may_contrast(paragraph: str) -> bool:
    return (
        "while" in paragraph
        or "tandis" in paragraph
        or "whereas" in paragraph
        or " як" in paragraph
        or " как" in paragraph
    )


_CONTRAST = re.compile(
    r",\s+(?=(?:tandis\s+que|tandis\s+qu'|while|whereas|тоді\s+як|тогда\s+как"
    r"|в\s+то\s+время\s+как)\s+(?:de\s+son\s+côté\s+)?(?:the\s+|l'|le\s+|la\s+)?(?:ukrain|russia"
    r"|kyiv|kiev|moscow|moscou|україн|украин|росі|росси|москв|київ|киев|its|ses|son))",
    re.I,
)


# "130 drones on Monday night, and 405 drones overnight", "в ночь на субботу ... 41, а в ночь
# на воскресенье – еще 67": a second night named after a comma starts a part of its own.
_NIGHT_WORDS = r"(?:overnight|night|nuit|ніч\w*|ноч\w*|вночі|уночі)"
_SECOND_NIGHT = re.compile(
    # ("120 drones overnight into Sunday and 89 drones ... overnight into Monday": no comma
    # before a new count)
    rf"(?:,\s+|\s+(?=(?:and|et|і|та|и)\s+\d))"
    rf"(?=(?:and|then|et|puis|а|і|и|та)\s+[^,.;!?]{{0,100}}?(?<![\w'-]){_NIGHT_WORDS}(?![\w'-])"
    # "Après 120 drones dans la nuit de dimanche à lundi, la Russie a récidivé la nuit suivante
    # avec 200 drones": the night after, named after a comma
    r"|[^,.;!?]{0,60}?(?:(?:following|next)\s+night|nuit\s+suivante|наступної\s+ночі"
    r"|следующей\s+ночью))",
    re.I,
)
_A_NIGHT = re.compile(rf"(?<![\w'-]){_NIGHT_WORDS}(?![\w'-])", re.I)
# "between 3 p.m. and 9 p.m.", "с 15:00 до 21:00", "de 9h00 à 14h00": a window of hours, from
# its first hour.
_CLOCK_TIME = r"\d{1,2}(?:[:.h]\d\d|\s*[ap]\.?\s?m\b)"
_HOURS_SPAN = re.compile(
    r"(?:с|з|від|from|between|de|entre)\s+(?P<hour>\d{1,2})"
    r"(?:[:.h]\d\d|\s*(?:(?P<pm>p)|a)\.?\s?m\b)"
    rf"[^,;]{{0,30}}?\s(?:до|по|to|and|à|et)\s+{_CLOCK_TIME}",
    re.I,
)


def _daytime_span(text: str) -> bool:
    """Whether the text tells a window of hours that opens before 20:00 (a day's own count; an
    evening's, from 20:00, is joined to the night after it)."""
    span = _HOURS_SPAN.search(text)
    return span is not None and int(span["hour"]) + (12 if span["pm"] else 0) < 20


# "On the first night, 97 were downed", "Lors de la première attaque", "У другу ніч": one of
# two nights told before, by its order.
_NTH_NIGHT = re.compile(
    r"\W*(?:(?:(?:on|during|in|over)\s+the|lors\s+de\s+la|dans\s+la|(?:в|у|во))\s+"
    r"(?:(?P<first>first|premi[eè]re?|перв\w+|перш\w+)|second|deuxième|seconde|втор\w+|друг\w+)"
    r"|(?:(?P<first2>first|premi[eè]re?|перв\w+|перш\w+)|second|deuxième|seconde|втор\w+|друг\w+)"
    r"\s+(?:night|nuit|attaque|attack|wave|vague|ночь|ночи|ніч|ночі|атак\w*))(?![\w'])"
)


_NIGHT_AFTER = re.compile(
    r"(?:following|next)\s+night|nuit\s+suivante|наступної\s+ночі|следующей\s+ночью", re.I
)
_NIGHT_AFTER_HINT = hint(_NIGHT_AFTER.pattern)
# _SECOND_NIGHT's forms apart, for one look at a whole (lowercase) text: the pattern scans up to
# 100 characters after every "and N" for a night, ~0.1 ms a conjunction in Python's engine,
# which long articles have by the dozen.
_SECOND_NIGHT_AFTER_COMMA = re.compile(
    rf",\s+(?:and|then|et|puis|а|і|и|та)\s+[^,.;!?]{{0,100}}?(?<![\w'-]){_NIGHT_WORDS}(?![\w'-])"
)
_CONJUNCTION_THEN_FIGURE = re.compile(r"\s(?:and|et|і|та|и)\s+(?=\d)")
_CLAUSE_OR_SENTENCE_END = re.compile(r"[,.;!?]")


def _may_name_a_second_night(whole: str) -> bool:
    """Whether _SECOND_NIGHT matches somewhere in the lowercase text, told faster."""
    if (
        "next" in whole or "following" in whole or "suivante" in whole or "наступн" in whole
        or "следующ" in whole
    ) and _NIGHT_AFTER_HINT.search(whole):  # rare: the whole pattern
        return _SECOND_NIGHT.search(whole) is not None
    if _SECOND_NIGHT_AFTER_COMMA.search(whole):
        return True
    for conjunction in _CONJUNCTION_THEN_FIGURE.finditer(whole):
        # (the clause after "and 89 drones ...": a night named in its first 100 characters)
        start = conjunction.end()
        end = _CLAUSE_OR_SENTENCE_END.search(whole, start)
        night = _A_NIGHT.search(whole, start, end.start() if end else len(whole))
        if night is not None and night.start() - start <= 100:
            return True
    return False


def _split_nights(sentence: str, published: date | None) -> list[str]:
    """A sentence that names two nights, as one part for each (when they are two days)."""
    for second in _SECOND_NIGHT.finditer(sentence):
        first, rest = sentence[: second.start()], sentence[second.end() :]
        # ("57 drones between 3 p.m. and 9 p.m. yesterday, and 88 more overnight": a daytime
        # window, then the night)
        if not _A_NIGHT.search(first) and not _daytime_span(first):
            continue
        day_one = find_date(first.lower(), published)
        day_two = find_date(rest.lower(), published)
        if day_one is not None and _NIGHT_AFTER.search(rest):
            day_two = day_one + timedelta(days=1)  # "la nuit suivante": the day after the first
        if day_one is not None and day_two is not None and day_one != day_two:
            return [first, *_split_nights(rest, published)]
    return [sentence]


# --- Weapons and counts -----------------------------------------------------------------------
_DRONE = (
    r"drones?|uavs?|shaheds?|gerans?|decoys?|unmanned\s+aerial\s+vehicles?|бпла"
    r"|дрон(?:ы|и|ів|ов|ам|ами|ах|а|у|ом|е)?|безпілотн\w*|беспилотн\w*|шахед\w*|геран\w*"
    r"|гербер\w*"
    # "перехватили уже 112 аппаратов": the drones, by the word the ministry's "беспилотных
    # летательных аппаратов" ends on.
    r"|аппарат(?:а|ов|ы)|апарат(?:и|ів)"
)
_MISSILE = (
    r"missiles?|ракет(?:а|ы|и|у|е|і|ой|ою|ам|ами|ах)?|kh-\d+\w*|х-\d+\w*|x-\d+\w*"
    r"|iskanders?(?:-[mk])?|kinzhals?|kinjals?|kalibrs?|zircons?|tsirkons?|onyx|іскандер\w*|искандер\w*"
    r"|кинжал\w*|кінджал\w*|кинджал\w*|kindzhals?|калібр\w*|калибр\w*|циркон\w*|онікс\w*|оникс\w*"
    r"|kn-23|кн-23|s-300|с-300|s-400|с-400|atacms|storm\s+shadows?|scalp|нептун\w*|neptunes?"
    # "2 баллистики": the noun, not the adjective "балістичні".
    r"|балістик\w*|баллистик\w*"
)
_ANY = (
    r"aerial\s+(?:attack\s+)?(?:weapons|assets|targets|means)|air\s+attack\s+(?:weapons|assets"
    r"|means)|air\s+targets|means\s+of\s+(?:air|aerial)\s+attack|moyens\s+d'attaque\s+aérienne"
    r"|armes\s+aériennes|cibles\s+aériennes|engins\s+aériens|(?:засоб\w*|засіб)\s+повітряного\s+нападу"
    r"|повітрян\w+\s+ціл\w*|средств\w*\s+воздушного\s+нападения|воздушн\w+\s+цел\w*"
    # "ЗБИТО/ПОДАВЛЕНО 351 ЦІЛЬ", "71 ціль вдалося знешкодити": the Air Force's targets.
    # (not "14 військових цілей", "14 cibles militaires", "14 military targets": struck ones)
    r"|ц(?<!військових\sц)(?<!военных\sц)(?:іл(?:ь|і|ей)|ел(?:ь|и|ей))"
    r"|cibles(?!\s+(?:militaires|ukrainiennes|russes))"
    # "збито/подавлено 104 засоби.": the means of air attack named before, ending a sentence.
    r"|засоб(?:и|ів)(?=\.?\s*$)"
    # "121 targets were shot down"; not "35 hit targets", "1,200 targets in May"
    r"|t(?<!hit\st)(?<!military\st)argets(?!\s+(?:in|across|on|of)\b)"
)
_NOUN = rf"(?:(?P<any>{_ANY})|(?P<drone>{_DRONE})|(?P<missile>{_MISSILE}))(?![\w'])"
_WEAPON_HINT = re.compile(by_first_letter(f"{_ANY}|{_DRONE}|{_MISSILE}"))
_WEAPON_WORD = hint(_WEAPON_HINT.pattern)  # whether a text names a weapon at all
# The same nouns grouped by first letter (fast to scan for); which kind it is comes after.
_NOUN_FAST = by_first_letter(f"{_ANY}|{_DRONE}|{_MISSILE}") + r"(?![\w'])"
_NOUN_KIND = re.compile(_NOUN)
# Words that cannot sit between a number and its weapon noun ("5 of the drones" is no count).
_STOP = (
    r"and|or|et|ou|і|й|та|и|или|або|чи|of|de|des|du|from|in|on|at|to|over|by|with|the|a|an|per"
    r"|par|à|au|aux|en|dans|sur|з|із|зі|с|со|в|у|на|над|по|до|від|от|а|також|также|than|que"
    # "confirmed on Aug. 14 that drones had struck": a clause opens, the figure is its date.
    r"|that|which|qui|що|что"
    r"|million\w*|milliard\w*|billion\w*|mln|млн\w*|thousand\w*|mille|milliers|тис\w*|тыс\w*"
    r"|hundred[\w-]*"  # "3 hundred-something drones": a rough figure text2num did not join
    r"|were|was|have|has|had|ont|été|been|is|are|est|sont|d'\S*|l'\S*"
    # A year is no count: "в 2023 году беспилотники", "in 2024 years".
    r"|году|року|рік|год|г|р|years?|années?"
    # "90 процентов целей": a share, not a count.
    r"|процент\w*|відсот\w*|percent|pour\s+cent"
    # "48 injured when Russian missiles struck": people, and a clause boundary, come between.
    r"|when|while|as|after|where|quand|lorsque|коли|когда|killed|injured|wounded|dead|people"
    r"|civilians|children|persons|blessés|morts|tués|personnes|загинул\w*|поранен\w*"
    r"|погибл\w*|ранен\w*|людей|люди|осіб|человек"
)
_STOP_FAST = by_first_letter(_STOP)
_TOKEN_END = r"(?=[\s.,;:!?()\[\]\"«»“”„]|$)"
# A count: digits not glued to a word, unit, time or code ("kh-101", "18:00", "$35000", "5%").
# The check on the character before is done in code (_clean_start): a look-behind at the start
# of a pattern stops the regex engine from skipping ahead to the next digit.
# "[0-9]\d{0,5}", not "\d{1,6}": a pattern that starts with a class of 0-9 is scanned for
# fast (the text has only those digits: see _OTHER_DIGITS).
# "90 %", "85 per cent of them", "90 відсотків": a share, not a count.
_NUM = r"(?P<num>[0-9]\d{0,5})(?![\w%/:'-]|[.,]\d|\s(?:%|per\s?cent|pour\s+cent|відсот|процент))"
_GLUED_BEFORE = frozenset("$€£%/.,:+'-")
_WORD = r"[^\s\d.,;:!?()\[\]\"«»“”„]+"
_MENTION = re.compile(
    # A word between may hold dots: "four u.s.-made atacms missiles".
    rf"{_NUM}(?P<mid>(?:\s+(?!{_STOP_FAST}{_TOKEN_END})[«\"“]?{_WORD}(?:\.{_WORD})*[»\"”]?)"
    r"{0,3}?)"
    rf"\s+(?:[«\"“]\s?)?(?P<noun>{_NOUN_FAST})"
)
_BARE_NUMBER = re.compile(_NUM)
# "One ballistic missile struck an industrial site in Dnipro": what hit a place, not the attack.
# ("Un drone a frappé un véhicule": the same in French.)
# ("10 drones and one missile hit their targets": the first of two figures sharing the verb)
_STRUCK_AFTER = re.compile(
    r"(?:\s+(?:and|et|і|й|та|и)\s+\d+(?:\s+[^\W\d]+){1,3}?)?"
    r"(?:\s+(?:struck|hit|slammed\s+into)\s+(?:an?|the|their|its)\s+"
    r"|\s+(?:a|ont)\s+(?:frappé|touché|percuté|atteint)\s+(?:(?:une?|1|les?|la|leurs?|ses|sa)\s|l')"
    r"|\s+(?:влучил[аи]?|влучив|попал[аи]?)\s+(?:в|у|по)\s)"
)
# "Окрім «Іскандерів», ворог застосував 6 крилатих ракет": a kind added to the one named.
_BESIDES_WORDS = (
    "окрім", "крім", "кроме", "помимо", "besides", "in addition", "apart", "outre", "en plus"
)
_BESIDES = re.compile(
    r"(?:окрім|крім|кроме|помимо|besides|in\s+addition\s+to|apart\s+from|outre|en\s+plus\s+d[eu'])"
    r"\s*(?!того\b|этого\b|цього\b|cela\b|this\b|that\b)[^,;.]{1,60},"
)
_MOREOVER_WORDS = ("крім того", "кроме того", "in addition,", "en outre", "de plus,", "moreover")
_MOREOVER = re.compile(r"(?:крім\s+того|кроме\s+того|in\s+addition|en\s+outre|de\s+plus"
                       r"|moreover)\s*,")
# "Russia also fired 19 ballistic missiles" after "shot down all seven cruise missiles": more.
_ALSO_LAUNCHED = re.compile(r"\balso\s+(?:fired|launched|used|sent)\s+$")
# "о 33 сбитых над российскими регионами украинских беспилотниках": a participle's place
# between the number and its noun. Told after the noun ("33 сбитых украинских беспилотниках
# над российскими регионами"), the same letters, so every position stays.
_PARTICIPLE_PLACE = re.compile(
    r"[0-9]\s+(?:сбит|збит|уничтожен|знищен|перехвачен|подавлен)\w*"
    # "о 121 сбитом за ночь над регионами страны украинском беспилотнике": a time, too, and
    # "о 93 сбитых за ночь на 10 мая БПЛА": the night with its date.
    r"(?P<place>(?:\s+за\s+(?:ночь|сутки|ніч|добу))?\s+(?:над|в|у|на|по|под|під)\s+[^\W\d]+"
    r"(?:\s+[^\W\d]+){0,2}?|\s+за\s+(?:ночь|сутки|ніч|добу)(?:\s+на\s+[0-9]{1,2}\s+[^\W\d]+)?)"
    rf"(?P<noun>(?:\s+[^\W\d]+)?\s+(?:{_DRONE}|{_MISSILE})(?![\w']))"
)


def _place_after_noun(match: re.Match[str]) -> str:
    whole, start = match.group(0), match.start()
    head = whole[: match.start("place") - start]
    return head + match.group("noun") + match.group("place")
# (Each word's start checked behind its first letter: a leading \b is tried at every position.)
_ALL_OF = re.compile(
    r"a(?<!\wa)ll\s+(?:the\s+)?$|t(?<!\wt)ous\s+les\s+$|в(?<!\wв)сі\s+$|у(?<!\wу)сі\s+$"
    r"|в(?<!\wв)се\s+$|l(?<!\wl)'ensemble\s+des\s+$|l(?<!\wl)a\s+totalité\s+des\s+$"
)
# "an unspecified number of Kh-59 guided missiles": used, not counted, so the sum is unknown.
_UNSPECIFIED = re.compile(
    r"(?:(?:unspecified|unknown|undisclosed|indéterminé|non\s+précisé|невідом\w+|неустановленн\w+"
    r"|неизвестн\w+)\s+"
    # "the air force did not give the number of missiles used", "sans préciser le nombre de".
    r"|(?:(?:did|does|had)\s+not|didn't|without|n'a\s+pas|sans)\s+(?:giv\w*|specif\w*|disclos\w*"
    r"|say\w*|said|provid\w*|précis\w*|donn\w*|indiqu\w*)\s+(?:the\s+|le\s+)?)"
    r"(?:number|nombre|кількіст\w*|количеств\w*)\s+(?:of\s+|de\s+|d')?"
    rf"(?:[^\s\d.,;:!?()]+\s+){{0,3}}?(?P<noun>{_NOUN_FAST})"
)

# "385 were shot down, it said, without specifying how many missiles were downed", "sans
# préciser combien de missiles": the weapon whose count the source did not give.
_HOW_MANY_UNSAID = re.compile(
    r"(?:without|(?:did|does|had)\s+not|didn't|sans|n'a\s+pas|n'ont\s+pas|не)\s+"
    r"(?:specif\w*|say\w*|said|giv\w*|detail\w*|disclos\w*|indicat\w*|précis\w*|dire"
    r"|indiqu\w*|уточн\w*|сказа\w*|повідом\w*|сообщ\w*|назва\w*)\s*,?\s+"
    r"(?:how\s+many|combien|скільки|сколько)\s+(?:d(?:e\s+|')|of\s+(?:the|these|them)\s+)?"
    rf"(?:[^\s\d.,;:!?()]+\s+){{0,2}}?(?P<noun>{_NOUN_FAST})"
)

# "143 засобами ..., не уточнив, скільки серед них було ракет, а скільки – дронів", "without
# saying how many were missiles and how many drones": the split not given, the weapons named in
# the question are not counted; blanked, so the total stays one of any weapon.
_SPLIT_UNSAID = re.compile(
    r"(?:without|(?:did|does|had)\s+not|didn't|sans|n'a\s+pas|n'ont\s+pas|не)\s+"
    r"(?:specif\w*|say\w*|said|giv\w*|detail\w*|disclos\w*|indicat\w*|précis\w*|dire"
    r"|indiqu\w*|уточн\w*|сказа\w*|повідом\w*|сообщ\w*|назва\w*)\s*,?\s+"
    rf"(?:how\s+many|combien|скільки|сколько)[^.;\d]*?(?:{_NOUN_FAST})"
    rf"[^.;\d]*?(?:how\s+many|combien|скільки|сколько)[^.;\d]*?(?:{_NOUN_FAST})"
)
_HOW_MANY_WORDS = ("how many", "combien", "скільки", "сколько")


# "The exact number of missiles was not given", "Le nombre exact de missiles n'a pas été
# précisé", "Точну кількість ракет не уточнили", "Точное количество ракет не сообщается": the
# number named first, then the source's silence on it.
_NUMBER_UNSAID = re.compile(
    r"(?:number|nombre|кількіст\w*|количеств\w*)\s+(?:exact\s+)?(?:of\s+|de\s+|d')?"
    rf"(?:[^\s\d.,;:!?()]+\s+){{0,2}}?(?P<noun>{_NOUN_FAST})[^.;\d]{{0,30}}?"
    r"(?:(?:was|were|has|have|had|is|are)\s+not\s+(?:been\s+)?|n'(?:a|ont|est|était)\s+pas\s+"
    r"(?:été\s+)?|не\s+)(?:giv|specif|disclos|provid|précis|donn|communiqu|indiqu|уточн|повідом"
    r"|сообщ|назва)"
)


def _weapons_unsaid(whole: str) -> set[str]:
    """The weapons whose number the text says its source did not give."""
    if not _may_be_unspecified(whole):
        return set()
    return {_weapon_of(match) for match in _NUMBER_UNSAID.finditer(whole)}


def _may_be_unspecified(text: str) -> bool:
    return "number of" in text or "nombre" in text or "кількіст" in text or "количеств" in text


# What follows a total whose parts are listed next: "31 missiles: 8 Kh-101", "27 ракет, зокрема".
_LIST_MARK = re.compile(  # (not a clock's colon: "between 20:00 and 23:59")
    r"(?<!\d):|\(|—|\s[–-]\s+\d|\bincluding\b|\bdont\b|зокрема|у\s+тому\s+числі|в\s+том\s+числе"
    r"|among\s+them|parmi"
)
_RECON = re.compile(
    r"розвідувальн\w*|разведывательн\w*|reconnaissance|орлан\w*|orlan|zala|supercam|fpv|лancet"
    r"|ланцет\w*|lancet|тактичн\w+\s+безпілот|тактическ\w+\s+беспилот"
)
_ENEMY_FROM = re.compile(
    rf"\d\d*\s+(?:enemy|ворож\w+|вражеск\w+)\s+(?:[^\s\d]+\s+){{0,2}}?(?:{_DRONE}|{_MISSILE})"
    r"[^.;]{0,60}?\s(?:from|з|із|с)\s"
    # "94 Shahed-type UAVs + 1 Iskander-M from Kursk region": a count opening its line, with
    # where it was launched from, is what came.
    rf"|^\W*\d[\d ]*\s+(?:[^\s\d]+\s+){{0,2}}?(?:{_DRONE}|{_MISSILE})[^.;]{{0,60}}?"
    r"\s(?:from|з|із|из)\s"
)
# "По данным Воздушных сил Украины: 142 ударных дрона и одна ракета": a source's count with
# no verb is what came (a downed count says so: "Сбито/подавлено: 118").
# "the air force had counted 1,204 drones", "its count: 823 drones": what came, counted.
_COUNTED = re.compile(r"\bcount(?:ed\b|\s*:)")
_SOURCE_COLON = re.compile(
    r"\W*(?:по\s+данным|за\s+даними|according\s+to|selon)\s+[^\d:;.]{3,60}:\s*\d"
    # "Підсумки ночі від ПС: 5 ракет ...", "Итоги ночи: ...", "Bilan de la nuit : ...": the
    # night's summary heading its counts (its line may be joined to the first by "; ").
    r"|\W*(?:підсумки|итоги|bilan)\s+(?:ночі|ночи|de\s+la\s+nuit)\b[^\d:;.]{0,40}:;?\s*\d"
    r"|\W*(?:the\s+)?night's\s+(?:summary|tally)\b[^\d:;.]{0,40}:;?\s*\d"
    # "The breakdown given by the air force: 1,054 drones and 48 missiles": what came, by kind.
    r"|\W*(?:the\s+|la\s+)?(?:breakdown|répartition)\b[^\d:;.]{0,60}:\s*\d"
    # "у ніч на неділю атака була потужнішою: 211 ударних БпЛА ...", "the attack was heavier:
    # 211 drones": the attack told, then what it was made of.
    # ("удар был масштабнее: 301 дрон и 12 ракет", "the strike was larger: ...": the strike too)
    # (a day named before it: "в ночь на 9 июля удар был ...")
    r"|(?:[^\d:;.]|\d\d?(?=\s+[^\W\d])){0,60}?\b(?:атака|удар|attack|strike|attaque|frappe)\s+"
    r"(?:була|была|стала|був|был|став|стал|was|a\s+été|était)"
    r"\s+[^\d:;.]{1,40}:\s*\d"
    # "08:45 — ✅ Итоги от Воздушных сил: 189 ударных БпЛА, ...": a source's results, by kind.
    r"|\W*(?:\d\d?:\d\d\W*)?(?:итоги|підсумки|результаты|результати|the\s+results|le\s+bilan)\s+"
    r"(?:от|від|of|from|de)\s+[^\d:;.]{3,60}:\s*\d"
)
# "Ніч на суботу, 14 лютого: 112 ударних БпЛА", "А уже в ночь на 11 июня — новая атака: 85
# ударных БпЛА": a night's label, then what came that night (its downed told after).
_NIGHT_COLON = re.compile(
    r"\W*(?:(?:а|і|и|та|and|et)\s+)?(?:(?:уже|вже|already)\s+)?(?:(?:в|у|on|the|dans\s+la)\s+)?"
    # ("Ніч на 30.03 — коротко:" over its items, joined by "; ")
    r"(?:ніч|ночь|night|nuit)\s+(?:на|to|of|du)\s(?:[^:;.]|(?<=\d)\.(?=\d)){1,50}(?=:;?\s*\d)"
)
# "1) 220 БпЛА (...)", "2) 8 ракет: 6 Х-101 та 2 «Калібр»": the first lines of a numbered
# summary, with no verb, give what was launched (the line that gives the downed says so).
# "selon le décompte de l'armée de l'air, 53 missiles se sont ajoutés à 496 drones": with no
# verb of its own, a source's count is of what came.
# "a publié le décompte de la nuit de lundi à mardi : 450 drones ...": the same, after a colon.
_BY_THE_COUNT = re.compile(
    r"selon\s+(?:le|son|leur)\s+décompte\b[^\d.;]{0,60},\s*\d|décompte\b[^\d.;:]{0,60}:\s*\d"
)
_NUMBERED_COUNT = re.compile(
    rf"\W*\d\d?[).]\s+(?:~\s*)?\d[\d ]*\s+(?:[^\s\d]+\s+){{0,2}}?(?:{_DRONE}|{_MISSILE})(?![\w'])"
)
_IN_BRACKETS = re.compile(r"\s*\([^)]*")
# Not weapons being counted: "250 drone attacks", "20 drone operators".
# "... had targeted the city alone": a figure for one place, named as such.
_PLACE_ALONE = re.compile(
    r"[^,.;]{0,30}?\s(?:the\s+)?(?:city|town|region|oblast|capital|port)\s+alone\b"
)
_NOT_A_COUNT_AFTER = re.compile(
    # (not "20 Shahed attack drones": "attack" then the noun is the kind of drone)
    r"\s*(?:(?:attacks?|strikes?)(?!\s+(?:drones?|uavs?)\b)|raids?|operators?|units?|pilots?"
    r"|factor(?:y|ies)|production"
    r"|makers?|attaques|frappes|атак\w*|удар\w*|оператор\w*|виробництв\w*|производств\w*)\b"
    r"|-(?:перехоплювач|перехватчик|intercept)\w*"
    # "3 БпЛА «Бандероль»": jet drones the Air Force lists apart from the strike drones.
    r"|\s*[«\"“]?(?:бандерол|banderol)\w*"
)
# "31 missiles, after five ballistic missiles ... were added to the count": the revision's
# reason, a part of the total already read.
# "elle a relevé ce chiffre à 92", "raised that figure to 92": the figure just read, revised.
_FIGURE_WORDS = (
    "chiffre", "nombre", "figure", "number", "цифр", "число", "кількість", "количество"
)
# "raised this figure to", "porte ce nombre à", "уточнили цю кількість до"
_FIGURE_NOUNS = r"chiffre|nombre|figure|number|цифр\w*|число|кількість|количество"
_RAISING_VERBS = r"relev|rev|rais|increas|updat|corrig|port|уточни|переглян|пересмотр|підвищ|повыси"
_FIGURE_RAISED = re.compile(
    rf"(?:{_RAISING_VERBS})\w*\s+"
    rf"(?:ce|cette|this|that|the|its|цю|цей|эту|этот)\s+(?:{_FIGURE_NOUNS})\s+"
    r"(?:à|to|до)\s+(?P<num>\d\d{0,5})(?![\w%/:'-]|[.,]\d)"
)
# "48 drones abattus dans un premier temps ; le bilan actualisé porte ce nombre à 58", "at
# first 48 were downed; an update raised that number to 58": the figure before, replaced.
# ("It initially reported 78 drones, but later raised the number to 93": after "but" too)
_FIGURE_RAISED_AFTER = re.compile(
    r"(?<![\d.,])\d\d{0,5}(?P<before>(?:\s+[^\W\d][\w'-]*){1,4}[^\d.;]{0,60}?"
    r"(?:;|,\s+(?:but|mais|але|но)\s))[^.;]{0,80}?"
    rf"\b(?:{_RAISING_VERBS}|brought|took)\w*\s+(?:ce|cette|this|that|the|цю|цей|це|эту|этот|это)\s+"
    rf"(?:{_FIGURE_NOUNS}|count|tally|total)\s+(?:à|to|до)\s+"
    r"(?P<num>\d\d{0,5})(?![\w%/:'-]|[.,]\d)"
)
# What _FIGURE_RAISED_AFTER needs ("ce nombre à 58"), checked first: the pattern tries its
# lazy scans from every figure of a sentence with a semicolon (~90 us a sentence).
_RAISED_TO_HINT = hint(rf"(?:{_FIGURE_NOUNS}|count|tally|total)\s+(?:à|to|до)\s+\d")
_ADDED_AFTER = re.compile(
    r"[^.;]{0,60}?\s(?:were|was|had\s+been|have\s+been)\s+added\s+to\s+(?:the|its|their)\s+"
    r"(?:count|tally|total|figure)"
    r"|[^.;]{0,60}?\s(?:ont|avaient|a|avait)\s+été\s+ajouté\w*\s+(?:au|à\s+la)\s+"
    r"(?:bilan|décompte|total|liste)"
)
# A rate, not an attack: "1 000 drones lancés par nuit", "2,700 Shaheds a month".
_RATE_AFTER = re.compile(
    r"\s*(?:[^\s\d.,;:!?()]+\s+){0,3}?(?:(?:per|a|an|par|each|every|chaque)\s+(?:night|day|month"
    r"|week|year|nuit|jour|mois|semaine|an)(?!\s+(?:after|later|before|earlier|ago))\b"
    r"|(?:в|на)\s+(?:сутки|месяц|добу|місяць|день|год|рік)\b|щодоби|щомісяця|ежемесячно"
    r"|ежедневно|щодня)"
)
# The defender's missiles: "used both air-to-air missiles", "two interceptor missiles" (not
# "зенітні ракети С-300": Russia fires those at cities).
# ("30 Patriot missiles", "600 missiles sol-air": the defender's, named by system or by use)
_INTERCEPTOR = re.compile(
    r"air-to-air|interceptor|air-air|intercepteur|перехоплювач|перехватчик|patriot|iris-t"
    r"|nasams|surface-to-air|sol-air"
)
# One pilot's count is a part of the night's: "an F-16 pilot shot down six cruise missiles".
_PILOT_DOWNED = re.compile(
    # (one pilot: "crews and fighter pilots had shot down 32" is the night's)
    # (or the pilot's own weapons: "the pilot, whose name was withheld, used both missiles")
    r"(?<![\w'-])pilot(?!s)[^.;]{0,60}?\b(?:used|fired)\b"
    # "a unit commander said his crews downed 14 drones": one officer's men, a unit's part.
    r"|\b(?:his|her)\s+(?:crews?|unit|group|team)\b[^.;]{0,20}?(?:shot\s+down|downed|destroy\w*"
    r"|intercept\w*)"
    # "його група збила шість ударних дронів", "его группа сбила": the same in Ukrainian, Russian.
    r"|(?<![\w'])(?:його|її|его|её|ее)\s+(?:груп[аи]|групп[аы]|підрозділ|подразделение|екіпаж"
    r"|экипаж|розрахунок|расч[её]т)(?![\w'])[^.;]{0,20}?(?:збил|збив|знищ|сбил|уничтож)"
    # "the pilot ... said he had personally shot down 43 Shaheds": one man's own tally.
    r"|\bpersonally\s+(?:shot\s+down|downed|destroyed)"
    # "Кулеметник ... за ніч особисто збив чотири дрони": a gunner's own, in any language.
    r"|особисто\s+(?:збив|знищив)|лично\s+(?:сбил|уничтожил)|personnellement\s+abattu"
    # ("Пілот F-16 з позивним «Маверік» за один виліт у ніч на 11 березня знищив": the words
    # between may name him and the night)
    r"|(?<![\w'-])(?:pilot(?!s)|(?:льотчик|пілот|пилот)(?!и|ы|ів|ов))\w*[^.;]{0,80}?(?:shot\s+down|downs?\b|downed"
    r"|destroy\w*|intercept\w*|abatt\w*|détrui\w*|збив\w*|знищи\w*|сбил\w*|уничтожи\w*)"
    # "Оператор расчета ПВО ... за одну ночь сбил 17 беспилотников": one gunner's own tally.
    r"|(?<![\w'-])(?<!grid\s)(?:оператор|operator|opérateur)(?!s|и|ы|ів|ов)\w*[^.;]{0,80}?"
    r"(?:shot\s+down|downed|destroyed|a\s+abattu|збив|знищив|сбил|уничтожил)(?!\w)"
    # "Мобільна вогнева група з Полтавщини збила сім «шахедів»": one unit's own tally (the
    # bulletins' plural "мобільні вогневі групи" is the whole defence's).
    r"|(?<![\w'-])(?:мобільн(?:а|ої)\s+вогнев(?:а|ої)\s+груп[аи]|мобильн(?:ая|ой)\s+огнев(?:ая|ой)"
    r"\s+групп[аы]|(?:a|one)\s+mobile\s+fire\s+group|(?:un|le)\s+groupe\s+mobile\s+de\s+(?:tir|feu))"
    r"(?![\w'-])[^.;]{0,80}?(?:shot\s+down|downed|destroyed|a\s+abattu|збил[аи]?|знищил[аи]?"
    # ("приземлила 9 шахедів": the channels' slang for the downing)
    r"|сбил[аи]?|уничтожил[аи]?|приземлил[аи]?|приземлив)(?!\w)"
    # "Рекорд підрозділу – 23 збиті шахеди за ніч", "the crew's record of 9": one unit's best.
    r"|(?:рекорд|record)\s+(?:підрозділу|подразделения|бригади|бригады|екіпажу|экипажа"
    r"|розрахунку|расч[её]та|of\s+the\s+(?:unit|crew|brigade)|de\s+l'(?:unité|équipage))"
    r"|\b(?:unit|crew|brigade)'s\s+record"
    # "Розрахунок ... за одну ніч збив 14 шахедів": one crew's tally.
    r"|(?<![\w'-])(?:екіпаж|экипаж|розрахунок|расч[её]т)(?!\w)[^.;]{0,80}?(?:збила|збив|знищила|знищив|сбила|сбил"
    r"|уничтожила|уничтожил|приземлил[аи]?|приземлив)(?!\w)"
    # "L'équipage d'un hélicoptère Mi-8 a abattu 40 drones", "the crew of a Mi-8 shot down".
    r"|(?<![\w-])(?:équipage|crew)(?![\w'-])[^.;]{0,80}?(?:a\s+abattu|a\s+détruit|shot\s+down"
    r"|downed|destroyed)(?!\w)"
)
# Not missiles being counted: "four IRIS-T missile launchers", "3 Patriot missile systems".
_NOT_MISSILES_AFTER = re.compile(
    r"\s*(?:launchers?|systems?|batter(?:y|ies)|lanceurs?|systèmes?|batteries|комплекс\w*"
    r"|систем\w*|установ\w*|пусков\w*)\b"
    # "дві ракети-перехоплювачі": the defender's interceptors, not the attack's missiles.
    r"|-(?:перехоплювач|перехватчик|intercept)\w*"
    # "600 missiles sol-air": what the defender fires, its use after the noun.
    r"|\s+(?:sol-air|air-air|surface-to-air|air-to-air)\b"
    # "120 ракет для ЗРК", "missiles for air defence": what the defender is given to fire.
    r"|\s+(?:для|for|pour)\s+(?:the\s+|la\s+)?(?:зрк|ппо|пво|air[\s-]+defen[cs]e|défense"
    r"|patriot|nasams|iris)"
    # "3 БпЛА «Бандероль»": jet drones the Air Force lists apart from the strike drones.
    r"|\s*[«\"“]?(?:бандерол|banderol)\w*"
)
# "450 drones, of which 430 were downed": a figure whose part follows is the total.
# "46 drones sur l'Ukraine, dont 34 ...": a short place may come between.
_PART_FOLLOWS = re.compile(
    r"[»\"”]?(?:\s+(?:sur|on|at|against|contre|по|на|overnight)\s*[^,;.\d]{0,25})?"
    # "87 drones russes (dont 63 abattus)", "150 drones d'attaque, dont 130": one adjective.
    r"(?:\s+(?!shot|downed|abattu|intercept|détruit|neutralis|збит|сбит|знищ|уничтож)"
    r"[^\W\d][\w'-]*(?=[,(]|\s+\())?\s*\(?"
    # "100 drones, roughly 60 of which were shot down": the part's number may come first.
    r",?\s*(?:(?:about|roughly|some|around|nearly|environ)\s+)?(?:\d{1,6}\s+)?(?:of\s+which|of\s+them|of\s+these|dont|з\s+них|із\s+них|из\s+них|из\s+которых"
    r"|з\s+яких|із\s+яких)\b"
)
# "N drones ont été « perdus localement »": the auxiliary ties the figure to its own verb.
_AUXILIARIES = (" were ", " was ", " ont été ", " a été ", " have been ", " had been ", " були ",
                " було ", " были ", " был")
_OWN_VERB = re.compile(
    r"\s+(?:ont\s+été|a\s+été|were|was|have\s+been|had\s+been|були|було|были|был[аио]?)\s+"
    # "19 drones were 'locationally lost'": an adverb before the verb is still its own verb.
    r"(?:[«\"“']\s*)?(?P<adverb>[^\W\d]+ly\s+)?"
)
# "all 18 missiles fired overnight from a warship were shot down": the launch participle
# qualifies the noun, the clause's own verb comes after it.
_FIRED_THEN_DOWNED = re.compile(
    r"(?:\s+[^\W\d][\w-]*){0,2}?\s+(?:fired|launched|tirés|lancés)\s[^,;.]{0,80}?\s"
    r"(?:were|have\s+been|had\s+been|ont\s+été|ont\s+tous\s+été)\s+"
    r"(?:shot\s+down|destroyed|intercepted|downed|abattus|détruits|interceptés)"
)
# A list of counts by region follows the figure: "... over the Bryansk region, 17 over ...".
_REGION_PART_AFTER = re.compile(
    r"(?:\s+[^\s\d,;.:]+){0,3}?\s+(?:над|over|au-dessus\s+d\S*)\s+[^,;.:\d]{0,50},\s*\d{1,4}\s*"
    r"(?:[–—-]\s*)?(?:над|over|au-dessus)"
)
# "больше всего БПЛА – 21 – уничтожено над ...": the figure of the region with the most.
_MOST_OVER = re.compile(r"(?:больше\s+всего|більше\s+всього|найбільше)\s+$")
# "parmi eux, 268 drones ont été détruits": the part is what was shot down when a verb says so.
_AMONG_THEM = re.compile(r"(?:among\s+them|parmi\s+(?:eux|elles)|среди\s+них|серед\s+них)\s*,?\s*$")
# "537 drones and missiles": generic nouns only, no article ("drones and the Kh-59 missile").
_ADJECTIVE_BETWEEN = r"(?:(?!(?:the|a|an|les|le|la|un|une|des)\s)[^\W\d][\w-]*\s+)?"
_AND_THE_OTHER = {
    "drone": re.compile(
        rf"\s+(?:and|et|і|та|и|й)\s+{_ADJECTIVE_BETWEEN}(?:missiles|ракет(?:ами|ам|ах|и|ы)?)(?![\w'])"
    ),
    "missile": re.compile(
        rf"\s+(?:and|et|і|та|и|й)\s+{_ADJECTIVE_BETWEEN}"
        r"(?:drones|uavs|бпла|дрон\w*|безпілотн\w*|беспилотн\w*)(?![\w'])"
    ),
}
_NEXT_WORD = re.compile(r"\s+[^\s\d.,;:!?()]+")
# Only French puts the nationality after the noun ("drones ukrainiens"); in Russian the word
# after the noun starts the next phrase ("дронов украинская ПВО сбила"), but for a genitive
# ("беспилотника ВСУ").
_POSTPOSED_NATION = re.compile(r"\s+(?:ukrainien\w*|russes?|всу|зсу)$")
_NATION_UA = re.compile(r"\b(?:ukrainian\w*|ukrainien\w*|украинск\w*|українськ\w*|всу)\b")
_NATION_RU = re.compile(
    r"\b(?:russian|russes?|российск\w*|російськ\w*|ворож\w*|enemy|ennemis?|shahed\w*|geran\w*"
    r"|шахед\w*|гербер\w*|вражеск\w*)\b"
)
# "Іскандер-М — 1", "Х-59/69 — 2", "«Калібр» — 6": a model's suffix, a closing quote.
_MODEL_SUFFIX = r"(?:[-/]\w+)*[»\"”]?"
# A unit word after a row's figure: "Шахеди — 241 шт. (збито 208)".
_UNIT_AFTER = r"(?:\s*(?:шт|pcs)\b\.?)?"
# After a row's figure, none of them downed: "Х-59/69 — 2 шт. (не збито)", ", not intercepted".
_NOT_DOWNED_ASIDE = (
    rf"{_UNIT_AFTER}\s*[(,]\s*(?:не|not|non)\s+(?:збит|сбит|перехоплен|перехвачен"
    r"|intercept|abattu|shot)\w*"
)
# "Shahed-type drones and decoys: 539", "ракети «Іскандер-М» — 4": the figure after its noun,
# ending its list item. Up to four words between ("drones lancés : 539").
_NOUN_FIRST = re.compile(
    rf"(?P<noun>{_NOUN_FAST}){_MODEL_SUFFIX}(?:\s*\([^()]{{0,60}}\))?(?:[\s«»\"“”]+[^\s:;,.!?()—–«»\"“”]+[»\"”]?){{0,4}}?\s*"
    # "Kh-101 cruise missiles — launched: 6; shot down: 6": a row's label after the dash.
    rf"(?:(?P<dash>[—–])(?:\s*[^\W\d][^\d:;,.—–]{{0,30}}:)?|[:=]|\s-)\s*"
    rf"(?:(?P<total>всього|всего|загалом|total|en\s+tout|au\s+total)\s+)?{_NUM}"
    # "– всього 87 –", "a record number of ballistic missiles — 38 — at Ukraine": between dashes.
    # ("Шахеди — 241 шт. (збито 208)": a unit word after the figure)
    r"(?=(?:\s*(?:шт|pcs)\b)?\s*(?:[;,.)(/]|$)|(?(dash)\s+[–—]\s|(?!)))"
)
# "Ракети: 3 Кинджали, 12 Х-101": a weapon label heading the counted kinds of one list line.
_LABELLED_LIST = re.compile(rf"\W*(?:{_NOUN_FAST})\s*:\s*\d")
# What _NOUN_FIRST needs, found by a pattern the regex engine can scan for fast.
_LABEL_NUMBER = re.compile(
    r"[:—–=\s](?:(?<=[:—–=])|(?<=\s)-)\s*(?:(?:всього|всего|загалом|total|en\s+tout|au\s+total)\s+)?\d"
)

# After a row's figure, the downed of them with their own figure: " шт. (збито/подавлено 208)",
# ", сбито 6", " (shot down 54)".
_DOWNED_ASIDE_AFTER = re.compile(
    rf"{_UNIT_AFTER}\s*[(,]\s*(?:[^\W\d]+(?:\s*/\s*[^\W\d]+)?\s+){{1,2}}\d"
)
_NOT_DOWNED_ASIDE_AFTER = re.compile(_NOT_DOWNED_ASIDE)


def _MAY_LABEL(text: str) -> bool:  # noqa: N802 - reads as the pattern it guards
    return ":" in text or "—" in text or "–" in text or "=" in text or " -" in text


# An approximate count: "a dozen drones", "dozens of drones", "une dizaine de drones",
# "близько десятка ударних дронів". The figure is not given (null), the weapon was used.
_APPROX_HINT = re.compile(
    r"dozen|hundreds|dizaine|douzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine"
    r"|quinzaine|centaine|millier|десят|сотн"
)
_APPROX_COUNT = re.compile(
    r"(?:(?:a|1|une?)\s+)?(?:dozens?|hundreds|(?:diz|douz|vingt|trent|quarant|cinquant|soixant"
    r"|quinz|cent)aines?|milliers?"
    r"|десят(?:ок|ка|ки|ків|ков)|сотн(?:і|ю|я|и|ей)|кільк\w+\s+десятк\w+"
    r"|нескольк\w+\s+десятк\w+)\s+(?:of\s+|de\s+|d'|des\s+)?"
    rf"(?:[^\s\d.,;:!?()\[\]\"«»“”„]+\s+){{0,2}}?[«\"“]?(?P<noun>{_NOUN_FAST})"
)
# "of which 250 and 40 respectively were shot down": one figure per weapon of the list before.
_RESPECTIVELY = re.compile(r"respectively|respectivement|відповідно|соответственно")
_PAIR = re.compile(r"(\d\d{0,5})\s*(?:,|and|et|і|та|и|й)\s*(\d{1,6})(?![\w%/:'-]|[.,]\d)")

# Text just before a number that says what kind of figure it is.
# ("dont plus de 200 drones vers la capitale": a part given as a bound is still a part)
_APPROX_WORDS = (
    r"(?:(?:about|around|some|nearly|over|more\s+than|at\s+least|environ|près\s+de|plus\s+de"
    r"|au\s+moins|около|близько|понад|більше|щонайменше|более|больше|свыше|не\s+менее)\s+)?$"
)
# Always a part: "including 91 over Moscow", "в том числе 91".
# The patterns below end at the number and are searched in the 40 characters before it; their
# alternatives are grouped by first letter (by_first_letter) since every start is tried.
_INCLUDING = re.compile(
    by_first_letter(
        r"including|incl\.|among\s+them|among\s+which|parmi\s+(?:eux|elles|lesquels"
        r"|lesquelles)|y\s+compris|в\s+том\s+числе|в\s+т\.\s?ч\.|у\s+т\.\s?ч\.|у\s+тому\s+числі"
        r"|среди\s+них|серед\s+них|серед\s+яких|среди\s+которых|зокрема|в\s+частности|notamment"
        r"|in\s+particular|включая|включаючи|включно\s+(?:з|із)"
    )
    + r"\s*[,:;]*\s*"
    # "серед яких крилаті Калібр і Х-101 та одна Кинджал": kinds named without numbers, then
    # one more that is also a part.
    + r"(?:(?:(?:[^\W\d][\w'-]*|[^\W\d]{1,2}-\d+\w*)\s+){1,5}?(?:та|і|й|and|et)\s+)?"
    # "including all nine Kinzhals": still a part.
    + r"(?:(?:all(?:\s+the)?|tous\s+les|toutes\s+les|всі|усі|все)\s+)?"
    + _APPROX_WORDS
)
# A part, unless a verb says it is the part shot down ("of which 80 were shot down").
_PART_OF = re.compile(
    by_first_letter(
        r"of\s+which|of\s+whom|dont|из\s+них|із\s+них|з\s+них|of\s+them|of\s+these"
        r"|из\s+которых|з\s+яких|із\s+яких"
        r"|of\s+those|d'entre\s+eux|d'entre\s+elles"
    )
    + r"\s*,?\s*"
    + _APPROX_WORDS
)
# "из них над Одесской областью – около 20", "of them over the Odesa region, 20": a place
# between the words and the figure, the part still (searched only where _PART_OF may match).
_PART_OF_A_PLACE = re.compile(
    r"(?:of\s+(?:which|them|these|those)|dont|из\s+них|із\s+них|з\s+них|из\s+которых|з\s+яких"
    r"|із\s+яких|d'entre\s+(?:eux|elles))\s*,?\s+(?:над|по|на|в|у|over|in|on|au-dessus\s+de"
    r"|sur|dans|en)\s+[^\W\d][^\d,.;:–—]{0,30}?\s*[–—:,]?\s*"
    + _APPROX_WORDS
)
_COMPARED = re.compile(
    by_first_letter(
        r"since|than|compared\s+(?:with|to)|versus|vs\.?|up\s+from|down\s+from|from|previous"
        r"\s+(?:record|high)\s+of|contre|après|avant|depuis|par\s+rapport\s+(?:à|aux)|précédent"
        r"\s+record\s+de|порівняно\s+з|проти|после|против|по\s+сравнению\s+с|чем|ніж"
        r"|попередн\w+\s+рекорд\w*|предыдущ\w+\s+рекорд\w*"
    )
    + r"\s+(?:the\s+|les\s+|le\s+|la\s+)?$"
)
# Matches wherever one of the three above does (it is only asked whether it matches at all).
_BEFORE_HINTS = hint(
    "|".join(f"(?:{p.pattern})" for p in (_INCLUDING, _PART_OF, _PART_OF_A_PLACE, _COMPARED))
)
# "out of 439", "out of a total of 439": the total after it.
_OUT_OF_WORDS = r"out\s+of(?:\s+the|\s+a\s+total\s+of)?"
# ("Sur ces 455 drones, 390 ...", "of these 455 drones": the demonstrative too)
_OUT_OF = re.compile(
    rf"(?:\bof\s+(?:the|these|those)|\b{_OUT_OF_WORDS}"
    r"|\bsur(?:\s+[lc]es)?|\bіз|\bзі|\bз|\bиз|\d\s+of|\d\s+des)\s+$"
)
# The last words _OUT_OF can end with: a cheap test that spares most searches.
_OUT_OF_ENDS = ("the", "these", "those", "of", "sur", "les", "ces", "з", "зі", "des")
_NOT_EXACT = re.compile(
    by_first_letter(
        r"more\s+than|over|upwards\s+of|in\s+excess\s+of|at\s+least|fewer\s+than|less\s+than"
        # (not "en plus de 334 drones": in addition to, an exact figure)
        r"|under|up\s+to|as\s+many\s+as|plus\s+de(?<!\ben\splus\sde)|au\s+moins|moins\s+de|jusqu'à|понад|більше"
        r"|більш\s+ніж|щонайменше|принаймні|до|более(?:\s+чем)?|больше(?:\s+чем)?|свыше|не\s+менее"
        r"|по\s+меньшей\s+мере|менее|меньше"
        # "quand on dépassait les cinq cents drones": over it, so a bound.
        r"|dépass\w*(?:\s+les)?|exceed\w*"
        # A range gives no figure: "between 40 and 50 drones", "от 70 до 80", "80 à 100".
        r"|between\s+\d+\s+and|entre\s+\d+\s+et|to(?<=\d\sto)|à(?<=\d\sà)"
    )
    + r"\s+$"
)
# "more than 100 drones" is a bound, not a comparison with another figure.
# "Seuls 14 missiles balistiques ont été interceptés, contre 17 missiles de croisière et 361
# drones": figures set side by side with the same verb, unless a time follows ("contre 241 en
# juin", "versus 400 a week earlier"): then an earlier attack's.
_SIDE_BY_SIDE = re.compile(r"(?:,\s*|\s)(?:contre|versus|vs\.?)\s+$")
_THEN_TIME = re.compile(
    r"[^,;.]{0,40}?\b(?:veille|auparavant|précédent\w*|previous|earlier|ago|before|avant|last"
    r"|dernier\w*|years?|weeks?|months?|semaines?|mois|années?|ans?|nights?\s+before|in\s+\d{4}"
    r"|en\s+\d{4}|" + WEEKDAY_WORDS + "|" + MONTH_WORDS + r")(?![\w'])"
)
_BOUND_THAN = re.compile(r"(?:more|less|fewer|более|менее|більш)\s+(?:than|чем|ніж)\s+$")
# Emphatic, not a bound: "no fewer than 539 drones", "pas moins de 539 drones".
_NO_FEWER = re.compile(r"(?:\bno\s+(?:fewer|less)\s+than|\bpas\s+moins\s+de)\s+$")


# "Россия выпустила почти 500 дронов" in a headline, "472" in the text: a rounded figure.
_ROUNDED = r"(?:nearly|almost|почти|майже|presque|près\s+de)\s+"
# "some 500 drones" in the lead, "496" in the final tally: rounded too, but only near the exact
# figure ("about 60 drones" then "21 of the drones" over one region is a part).
_ABOUT = (
    r"(?:some|about|around|roughly|approximately|environ|quelque|близько|приблизно|около"
    r"|примерно|порядка)\s+"
)
_ROUNDED_HINT = hint(f"{_ROUNDED}|{_ABOUT}")  # most sentences have none of these words


def _rounded(
    sentence: str, value: int, lang: str | Callable[[], str], exact: int | None = None
) -> bool:
    """Whether the sentence gives `value` as a rounded figure ("почти 500"; "some 500" only
    within a tenth of the `exact` figure told elsewhere)."""
    text = sentence.lower()
    if not _ROUNDED_HINT.search(text):
        return False
    text = digitise(normalise(text), lang)
    if re.search(rf"{_ROUNDED}{value}(?!\d)", text):
        return True
    return (
        exact is not None
        and abs(exact - value) * 10 <= value
        and re.search(rf"{_ABOUT}{value}(?!\d)", text) is not None
    )


def _inexact(text: str, start: int) -> bool:
    """'more than N', 'au moins N', 'не менее N': the figure is a bound, not the count."""
    lowest = max(0, start - 28)  # the longest bound, "по меньшей мере", is far shorter
    return bool(_NOT_EXACT.search(text, lowest, start)) and not _NO_FEWER.search(
        text, lowest, start
    )


def _figure_or_bound(text: str, start: int, digits: str) -> tuple[int | None, bool]:
    """The figure at `start` and whether it is a bound: "over 80 of them were shot down" gives
    no figure."""
    bound = _inexact(text, start)
    return (None if bound else int(digits)), bound


# "108 drones sur 157": the second figure is how many were launched.
_OUT_OF_AFTER = re.compile(
    # ("183 дрони з 210.": the sentence's full stop may end it, not a decimal point)
    r"(?:\s+[^\s\d.,;:!?()]+)?\s+(?:sur|out\s+of|із|зі|з|из)\s+(\d{1,6})(?![\w,:-]|\.\d)"
)
# "268 were shot down", "30 of the drones were shot down", "з них 405 збито".
_ELLIPTIC = re.compile(
    rf"\s+(?:(?:of\s+(?:them|these|those|which|the\s+(?:{_DRONE}|{_MISSILE})))|d'entre\s+(?:eux|elles)"
    # "60 з них сили ППО збили": the one who shot them down may come between.
    r"|(?:із|з|из)\s+(?:них|которых|яких)(?:\s+[^\W\d]+){0,3}?)?\s*(?:(?:were|have\s+been|had\s+been|was|ont\s+été|a\s+été|sont|ont"
    r"|avaient\s+été|avait\s+été|n'a\s+été|n'ont\s+été|n'(?:a|ont|avai(?:t|ent))\s+pu\s+être"
    r"|n'avai(?:t|ent)\s+été"
    r"|були|було|были|был[аои]?)\s+)?(?:(?:also|then|reportedly|either|également|вдалося|удалося"
    r"|удалось)\s+)?$"
)
_OF_THE_WEAPON = re.compile(
    # ("a intercepté deux des missiles": "des" is "of the" after a figure; "98 of Sunday's
    # drones", "of the night's missiles": a possessive in the article's place)
    rf"\s+(?:of\s+(?:the|these|those|(?:the\s+)?[^\W\d]+'s)|d'entre\s+les|de\s+ces|des|parmi\s+ces"
    rf"|из\s+этих|з\s+цих"
    rf"|із\s+цих)"
    rf"\s+(?:[\w-]+\s+){{0,2}}?{_NOUN}"
)
_OR_SO = re.compile(r"(\d) or so(?= )")
# "Of the missiles, 17 were shot down": the weapon of the bare figure that follows.
# "Côté drones, 585 ont été abattus", "As for the drones, officials said, 61 were shot down".
_OF_THE_NOUN_BEFORE = re.compile(
    rf"(?:(?:of|among|parmi|as\s+for)\s+(?:the|les|ces|these)\s+|côté\s+){_NOUN},"
    r"(?:\s*[^\W\d][^,\d]{0,30},)?\s*$"
)
_OF_THE_OPENING = re.compile(
    # ("Sur ces 455 drones, 390 ...", "Of these 455": the demonstrative too)
    r"(?:of|out\s+of|sur|из|з|із)\s+(?:(?:the|these|those|les|ces|all\s+the)\s+)?(?=\d)"
)
# "Of the drones, ...", "OKSANA: Of the drones — ...": a sentence about the weapon it opens with.
_OF_THE_NOUN_OPENING = re.compile(
    r"\W*(?:[^\W\d]+:\s*)?(?:of|out\s+of|among|sur|parmi|из|з|із)\s+(?:the|these|those|les|ces)"
    rf"\s+(?:[\w-]+\s+)?{_NOUN}"
)
_KINDS_ASIDE = re.compile(
    r"\W*(?:of|out\s+of|among|sur|parmi|из|з|із)\s+(?:the|these|those|les|ces)"
    rf"\s+(?:[^\W\d][\w-]*\s+)?(?:{_NOUN_FAST})\s+[-–—]\s+(?P<kinds>[^–—;.]{{3,120}}?)\s[-–—]\s"
)
_OF_THEM = re.compile(r"\s+(?:of\s+them|d'entre\s+eux|d'entre\s+elles|з\s+них|із\s+них|из\s+них)\b")
_REFERS_BACK = re.compile(
    by_first_letter(
        r"of\s+(?:them|these|those|which)|з\s+них|із\s+них|из\s+них|d'entre\s+(?:eux|elles)|dont\b"
        r"|respectively|respectivement|відповідно|соответственно|parmi\s+(?:eux|elles)"
        r"|among\s+them"
    )
)
_REFERS_BACK = hint(_REFERS_BACK.pattern)  # searched for as a yes or no only
# "Of them, ...", "Parmi eux, ...": a sentence that opens on the weapons named just before.
_REFERS_BACK_OPENING = re.compile(
    r"(?:of\s+(?:them|these|those)|among\s+them|parmi\s+(?:eux|elles)|з\s+них|із\s+них|из\s+них"
    r"|среди\s+них|серед\s+них)\s*,"
)
# "Из них 42 ...", "Of them, 42 ...": a sentence about a part of the count told before.
_PART_OPENING = re.compile(
    r"\W*(?:of\s+(?:them|these|those)|among\s+them|parmi\s+(?:eux|elles)|dont|d'entre\s+(?:eux"
    r"|elles)|з\s+них|із\s+них|из\s+них|среди\s+них|серед\s+них)(?![\w'])"
)
_BARE_OF = re.compile(rf"\s+(?:of\s+the|{_OUT_OF_WORDS}|of|sur(?:\s+les)?|des|із|зі|з|из)\s+(?=\d)")
# "a further 19", "ещё 41", "encore 12": more of what was just counted.
_FURTHER_WORDS = r"a\s+further|another|ще|еще|ещё|encore"
_CONTINUES = re.compile(
    r"\W*(?:а\s+також|також|а\s+также|также|and|also|as\s+well\s+as|plus|ainsi\s+que|et"
    r"|а(?=\s+(?:в|у)\s+ноч)"  # "..., а в ночь на воскресенье – еще 67": a night's part
    # ("а в ніч на 15 червня – ще 97 ...": the same, no verb of its own after the date)
    r"|а(?=\s+(?:в|у)\s+ніч[^.;,]{0,30}?(?:\s[–—]\s|\sще\s))"
    # ("В ночь на 3 мая — еще 60": a sentence opening with the night, no "and" before it)
    r"|(?=(?:в|у|on|during|dans|in)\s+(?:the\s+|la\s+)?(?:ноч|ніч|night|nuit)[^.;]{0,30}?"
    rf"(?:\s[–—]|,)\s+(?:{_FURTHER_WORDS})\s+\d)"
    # ("puis 103 autres dans la nuit de samedi à dimanche": the same, more of the weapon before)
    r"|(?:puis|then)(?=\s+\d[\d ]*\s+(?:autres|more|others)\s)"
    r"|de\s+plus|in\s+addition|en\s+outre|кроме\s+того|крім\s+того)\b"
)
# "It was 38 missiles, not 83.", "Il s'agissait en réalité de 48 missiles": a figure restated
# (a correction's), in the role of the sentence before.
_RESTATED = re.compile(
    r"\W*(?:it|this|that)\s+was\s+(?=\d)|\W*(?:il\s+s'agissait|c'était)\s+(?:en\s+(?:réalité|fait)\s+)?"
    r"(?:de\s+|d')?(?=\d)"
)
# A part of the figure before: "..., all 13 cruise missiles among them".
_AMONG_THEM_AFTER = re.compile(
    r"\s+(?:among\s+them|parmi\s+eux|parmi\s+elles|серед\s+них|среди\s+них)\b"
)
_PARTS_BEGUN = re.compile(r",\s*\d+\s+of\s+them\s[^,;.]*?\s(?:and|as\s+well\s+as)\s+$")
_LIST_GAP = re.compile(
    r"\s*(?:,\s*|\s+(?:and|et|і|й|та|и|as\s+well\s+as|ainsi\s+que|а\s+також|а\s+также)\s+"
    r"|,\s*(?:and|et|і|та|и)\s+)"
)
# "284, ainsi que sept missiles": one more item of a list.
_AND_ALSO = re.compile(
    r",?\s*(?:and|et|ainsi\s+que|as\s+well\s+as|along\s+with|а\s+также|а\s+також|і|и|та)\s+"
)
_SINGULAR_MISSILE = re.compile(r"ракет(?:а|у|ою|ой)(?![\w])")
_PLURAL_MISSILE = re.compile(r"ракет(?:ами|и|ы|ам|ах)?(?![\w'])")

# --- Verbs that give a figure its role --------------------------------------------------------
_NEUTRAL_WORDS = (
    r"could|might|capable|able\s+to|expects?\s+to|plans?\s+to|intends?\s+to"
    r"|produc\w+|manufactur\w+|ordered|purchas\w*|deliver\w*|suppl(?:y|ied|ies)|stockpil\w*"
    r"|accumul\w*|накопи\w*|накопич\w*|накоплен\w*"
    # "Німеччина передасть Україні ... понад 100 ракет": aid pledged, nothing fired.
    r"|передаст\w*|передасть|передадуть|передадут|профінансу\w*|профинансиру\w*|виділять"
    r"|виділить|выделит\w*|pledg\w*|donat\w*"
    # "l'armée ne dit rien du sort des deux missiles": their fate is not told.
    r"|sort\s+d(?:es|u)\b|fate\s+of|what\s+happened\s+to|судьб\w+"
    r"|sale|sell\w*|sold|vente|vendu\w*|продаж\w*|прода\w*"
    r"|produi\w*|fabri(?:qu|cat)\w*|livr\w*|виробля\w*|виробни\w*|виготов\w*|поставк\w*|производ\w*"
    r"|изготов\w*|закуп\w*|costs?|coût\w*|hit\s+(?:their\s+|its\s+)?targets?|reached"
    r"|struck\s+(?:their\s+|its\s+)?targets?|(?:struck|hit)\s+(?:\w+\s+){0,2}?(?:locations|sites)"
    r"|failed\s+to\s+reach|did\s+not\s+reach|n'ont\s+pas\s+atteint|не\s+досягл\w*"
    r"|не\s+достиг\w*|влучан\w*|падіння|попадани\w*|locally\s+lost|lost\s+locat\w*"
    r"|локаційно\s+втрачен\w*|in\s+the\s+air(?:space)?|в\s+повітряному\s+просторі"
    r"|в\s+воздушном\s+пространстве|lost|perdu\w*|втрачен\w*|потерян\w*"
    # "19 drones had not been shot down": a count of those that got through, not downed.
    r"|not\s+(?:been\s+)?(?:shot\s+down|intercepted|downed|destroyed)"
    r"|pas\s+été\s+(?:abattu|intercepté|détruit)\w*"
    # "so roughly 12 missiles got through": the ones not downed, told after the downed.
    r"|(?:got|get|gets|slipped|broke)\s+through|passé\w*\s+à\s+travers|прорвал\w*"
    r"|не\s+(?:були\s+|было\s+|были\s+|був\s+|был\s+)?(?:збит|сбит|перехоплен|перехвачен|знищен"
    r"|уничтожен)\w*"
)
# "could launch up to 1,000 drones" is no launch. Not "may" (the month) nor "can".
_MODALS = (
    "could",
    "might",
    # "capable of launching 1,000 Shaheds": a capacity, not a launch.
    r"capables?",
    "would",
    r"pourrai\w*",
    r"peu[tv]\w*",
    # "si la Russie parvenait à lancer 2 000 drones": a condition, in the imperfect.
    r"parvenai\w*",
    r"réussissai\w*",
    # "If Moscow were to mass 1,000 drones in a single night": a condition, not a night's.
    r"were\s+to",
    r"може\w*",
    # ("вони можуть запустити 1 000 дронів", "сможет": the plural and the perfective too)
    "можуть",
    r"зможе\w*",
    "зможуть",
    "может",
    "могут",
    "сможет",
    "смогут",
    r"здатн\w*",
    r"способн\w*",
)
_DESTROY_WORDS = (
    r"shot\s+down|shoots?\s+down|shooting\s+down|downed|downing|downs?(?=:?\s+(?:all\s+)?\d)"
    r"|intercept(?!eurs?\b|ors?\b)\w*|destroy\w*|neutrali[sz]\w*|suppress\w*|jammed|brought\s+down"
    r"|(?:took|taken|takes?|taking)\s+(?:out|down)"
    r"|eliminated|abatt\w*|détrui\w*|neutralis\w*|éliminé\w*|mis\s+hors\s+d'état|збит\w*"
    r"|збил\w*|збива\w*|знищ\w*|подавлен\w*|подави\w*|подавля\w*|нейтралізова\w*"
    r"|перехопл(?!ювач)\w*"  # (not "300 тисяч перехоплювачів": the interceptors bought)
    r"|приземли\w*"
    r"|перехопи\w*|сбит\w*|сбил\w*|сбива\w*|уничтож\w*|перехвач\w*|перехвати\w*"
    r"|перехват(?:а|е|у|ом)?(?![\w'])"  # "сообщило о перехвате 389 беспилотников": the noun
    r"|нейтрализова\w*|поражен\w*|знешкод\w*|обезвреж\w*|обезвреди\w*"
    # "a revendiqué la destruction de 74 drones", "claimed the destruction of": the noun.
    r"|destruction\s+(?:de|des|du|of)"
)
# "shot down with a missile", "abattu avec un missile": the weapon that did the shooting.
_INSTRUMENT = re.compile(
    rf"(?:{_DESTROY_WORDS})\s+(?:with|avec|using|à\s+l'aide\s+d'|за\s+допомогою|с\s+помощью)\s+$"
)
_INSTRUMENT_ENDS = ("with", "avec", "using", "d'", "допомогою", "помощью")
_LAUNCH_WORDS = (
    r"launch(?!er)\w*|hurl\w*|threw|throws|throwing|fired|fires|firing|fire|used|using|uses"
    r"|deploy\w*|sent|sending"
    r"|unleash\w*|attack\w*|targeted|aimed|struck|pummel\w*|pound\w*|bombard\w*|barrage|involv\w*"
    r"|comprising|consisting\s+of|carried\s+out|lanc(?!eur)\w*|tir\w*|utilis\w*|envoy\w*|déploy\w*"
    r"|attaqu\w*|frapp\w*|visé\w*|ciblé\w*|récidiv\w*|атакува\w*|атаков\w*|запуст\w*|запусти\w*"
    r"|випуст\w*|выпуст\w*|застосува\w*|примени\w*|применен\w*|задіяв\w*|задейств\w*"
    # ("завдала наймасованішого за останній місяць удару": four words between)
    r"|направи\w*|спрямува\w*|завда\w*\s+(?:\w+\s+){0,4}?удар\w*"
    r"|нанес\w*\s+(?:\w+\s+){0,4}?удар\w*|вдари\w*|вдарил\w*|ударил\w*|ударит\w*"
    r"|выпущ\w*|запущ\w*|випущ\w*|здійсни\w*|осуществи\w*"
    # "Украина подверглась атаке 120 средств": the attack suffered, of what was launched.
    r"|подверг\w*\s+атак\w*|зазна\w*\s+атак\w*|піддал\w*\s+атац\w*"
    # "Цієї ночі — чергова масована атака ...": the attack named, as "attack" (its subject
    # case only: "під час масованої атаки збили 64" is no launch)
    r"|масована\s+атака|массированная\s+атака"
    # "Всього зафіксовано 537 засобів повітряного нападу": what the radars saw coming.
    r"|зафіксовано|зафиксировано|фіксувал\w*"
    # "l'armée de l'air a recensé 497 drones": the same count, in French.
    r"|recens\w*"
    # "a actualisé son bilan : 339 drones et 34 missiles au total": the tally's label, no verb
    r"|(?:actualisé|updated|revised)\s+(?:son|its|their|ses|le|the)\s+(?:bilan|tally|count)\s*:"
    # "elle a également compté 242 drones", "faisait état de 220 drones", "évoque finalement 242
    # drones": the source's count of what came, told with a verb of counting or reporting
    # (not "fait état de 131 drones abattus": the count of those downed).
    r"|(?:compté|fai(?:t|sait|saient)\s+état\s+de|évoqu(?:e|ent|ait|aient)\b)"
    r"(?![^,;.:]*?(?:abatt|détrui|intercept|neutralis|élimin|brouill))"
    # "It initially reported 78 drones": the same, in English, its figure right after the verb.
    r"|(?:reported|counted)(?=\s+(?:a\s+total\s+of\s+|about\s+|some\s+|around\s+)?\d)"
    r"(?![^,;.:]*?(?:shot|down|destroy|intercept|neutrali|jamm|suppress|lost|hit))"
    # ("200 long-range strike drones produced jointly with ...": the drones' kind, no verb)
    r"|(?:hits?|strikes?)\s+(?!drones?\b)(?:[\w']+\s+){1,3}?with\b"
    # "130 drones took part in the raid": the weapons of the attack, as its subject.
    r"|took\s+part|taking\s+part"
    # "Entre 80 et 100 drones russes ont survolé l'Ukraine", "drones flew over Ukraine": what
    # came, told by where it flew.
    r"|survol(?:é|èrent)\w*|flew\s+over"
    # "Overnight strike package: 476 drones + 48 missiles": what was sent, as a noun.
    r"|strike\s+package"
    # "the air force's tally read 653 drones and 51 missiles": what was counted coming.
    r"|tally\s+(?:read|showed|stood\s+at)"
    # "The air force's number, once it came out, was 309 drones."
    r"|(?:number|count|figure)(?:,\s*[^,.;\d]{1,30},)?\s+(?:was|stood\s+at|came\s+to)(?=\s+\d)"
    # "Alongside them came 473 drones": the verb before its subject.
    r"|came(?=\s+(?:about\s+|some\s+|nearly\s+|another\s+)?\d)"
    # "Всього 170 дронів.": a total with no verb, its noun ending the sentence (not "всього 5
    # ракет збито", where it means "only").
    # (at a sentence's start: "всього(?<!\w\sвсього)")
    r"|всього(?<![^\W\d]\sвсього)(?=\s+\d{1,6}\s+[^\W\d]+\s*(?:\.|$))"
    r"|усього(?<![^\W\d]\sусього)(?=\s+\d{1,6}\s+[^\W\d]+\s*(?:\.|$))"
    r"|всего(?<![^\W\d]\sвсего)(?=\s+\d{1,6}\s+[^\W\d]+\s*(?:\.|$))"
    # "Летіло: 142 шахеди і 4 ракети": a summary's label for what flew in (not "прилетіло",
    # what hit).
    r"|летіл(?<!\wлетіл)[оиа](?=\s*[:—–]\s*\d)|летел(?<!\wлетел)[оиа](?=\s*[:—–]\s*\d)"
)
_MODAL_LAUNCH = "|".join(rf"{modal}(?:\s+\S+){{0,2}}?\s+(?:{_LAUNCH_WORDS})" for modal in _MODALS)
# "un équipage peut abattre dix Shahed en une nuit", "a crew can shoot down ten": what one can
# do, not what was done (not "could", also the past of what was done: "could only down 5").
_CAPACITY_MODALS = (
    r"can",
    r"capables?",
    r"peu[tv]\w*",
    r"pourrai\w*",
    r"може\w*",
    "может",
    "могут",
    r"здатн\w*",
    r"способн\w*",
)
_MODAL_DESTROY = "|".join(
    rf"{modal}(?:\s+\S+){{0,2}}?\s+(?:{_DESTROY_WORDS})" for modal in _CAPACITY_MODALS
)
_NEUTRAL_CUE = re.compile(
    rf"{_MODAL_LAUNCH}|{_MODAL_DESTROY}|{_NEUTRAL_WORDS}|{'|'.join(_MODALS)}"
)
# Decided on the cue alone, so "down"/"downs" (found only before a number) are listed bare.
_DESTROY_CUE = re.compile(rf"{_DESTROY_WORDS}|downs?")
# One pass finds every cue; which kind it is gets decided on the (short) match alone.
_CUES = re.compile(
    by_first_letter(
        rf"{_MODAL_LAUNCH}|{_MODAL_DESTROY}|{_NEUTRAL_WORDS}|{'|'.join(_MODALS)}|{_DESTROY_WORDS}"
        rf"|{_LAUNCH_WORDS}"
    )
)


_CUE_ROLES: dict[str, str] = {}  # the same few verbs come back in every text


def _cue_role(cue: str) -> str:
    role = _CUE_ROLES.get(cue)
    if role is None:
        if _NEUTRAL_CUE.fullmatch(cue):
            role = "neutral"
        else:
            role = "destroyed" if _DESTROY_CUE.fullmatch(cue) else "launched"
        if len(_CUE_ROLES) < 10_000:  # bounded: cue spans can hold a word or two of text
            _CUE_ROLES[cue] = role
    return role


# "Обидві ракети, запущені з ..., знищено": a participle between commas after the noun says
# where it came from; the verb after the aside says what became of it.
_ASIDE_NOUN = re.compile(rf"(?:{_NOUN_FAST}),\s$")
# "All six missiles, Kh-101s fired from Tu-95 bombers, were destroyed": a word or two naming
# them again may open the aside before its participle (no figure: "..., 4 fired from").
_ASIDE_OPENING = re.compile(r",\s(?:(?!\d+\s)[^\s,;.]+\s){0,3}$")


def _without_asides(
    text: str, cues: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    kept = []
    for i, cue in enumerate(cues):
        nxt = cues[i + 1] if i + 1 < len(cues) else None
        if (
            nxt is not None
            and cue[2] == "launched"
            and nxt[2] == "destroyed"
            and text.count(",", cue[1], nxt[0]) == 1
            and (opening := _ASIDE_OPENING.search(text, max(0, cue[0] - 40), cue[0]))
            and _ASIDE_NOUN.search(text, max(0, opening.start() - 40), opening.start() + 2)
        ):
            continue
        kept.append(cue)
    return kept


# A Latin word right after an English cue, in a Cyrillic sentence: the two are a name.
_LATIN_WORD_BESIDE = re.compile(r"\s+[a-z]{2,}(?![\w'])")


def _cues(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    cues = []
    asks = "скільки" in text or "сколько" in text or "how many" in text or "combien" in text
    cyrillic = None  # whether the sentence is written in Cyrillic (asked at most once)
    for m in _CUES.finditer(text, start, len(text) if end is None else end):
        cue = m.group(0)
        if cue.isascii() and not text.isascii() and _LATIN_WORD_BESIDE.match(text, m.end()):
            if cyrillic is None:
                cyrillic = _CYRILLIC.search(text) is not None
            if cyrillic:
                continue  # "Компанія Fire Point показала ...": an English name, not a verb
        if cue == "sent" and m.start() and text[m.start() - 1].isalpha():
            continue  # "ils disent avoir abattu": the end of a French verb, not "sent"
        if asks and _ASKS.search(text, max(0, m.start() - 30), m.start()):
            continue  # "278 дронів: скільки збили": a question, not the figure's verb
        if cue == "attack" and _WEAPON_AFTER.match(text, m.end()):
            continue
        if cue == "attaque" and text.endswith(_OF_ATTACK_AFTER, 0, m.start()):
            continue  # "226 drones d'attaque ont été abattus": the kind of drone, not a verb
        if cue[0] in "пв" and (
            _MADE_IN.match(text, m.start())
            or _MADE_BY.search(text, max(0, m.start() - 12), m.start())
        ):
            continue  # "ракеты atacms производства сша": where it was made, not production
        if (
            cue[0] == "f"
            and text.endswith("de ", 0, m.start())
            and _MADE_ADJECTIVE.match(text, m.end())
        ):
            continue  # "missiles Storm Shadow de fabrication britannique": the make, no production
        if cue in _MAKER_WORDS and text[m.start() - 1 : m.start()] == "-":
            continue  # "US-supplied HIMARS launchers": a maker, an adjective, not a verb
        if (
            cue in _DESCRIBING_PARTICIPLES
            and any(role == "destroyed" for _s, _e, role in cues)
            and _DESCRIBES_NOUN.search(text, max(0, m.start() - 12), m.start())
        ):
            continue  # "сбиты 6 ракет и 41 беспилотник, запущенные ВСУ": what was downed
        cues.append((m.start(), m.end(), _CUE_ROLES.get(cue) or _cue_role(cue)))
    if " по " in text and ("бил" in text or "бив" in text or "б'ють" in text or "бьют" in text):
        # "росіяни знову били по наших містах": apart, so that the scan above stays fast.
        struck = [(m.start(), m.end(), "launched") for m in _STRUCK_AT.finditer(text)]
        cues = sorted(cues + struck) if struck else cues
    if len(cues) > 1 and ", " in text:
        cues = _without_asides(text, cues)
    for i in range(1, len(cues)):
        # "shot down or lost from radar", "abattus ou perdus des radars": one count of both.
        if cues[i][2] == "neutral" and cues[i - 1][2] == "destroyed":
            if _OR_BETWEEN.fullmatch(text, cues[i - 1][1], cues[i][0]):
                cues[i] = (cues[i][0], cues[i][1], "destroyed")
    return cues


# "сбиты шесть ракет и 41 беспилотник, запущенные ВСУ по объектам", "shot down 4 missiles, six
# rockets fired from HIMARS launchers and 47 drones": after a verb of downing, a launch
# participle in the nominative plural (or after rockets, which are not counted) says what was
# downed, not how many were launched.
_DESCRIBING_PARTICIPLES = frozenset(
    ("запущенные", "выпущенные", "запущені", "випущені", "fired", "launched")
)
_DESCRIBES_NOUN = re.compile(r"(?:[\w»\"], |(?:rockets|shells|bombs)\s)$")
_MAKER_WORDS = frozenset(("supplied", "made", "produced", "built", "provided"))
_OF_ATTACK_AFTER = ("drones d'", "drone d'", "uav d'", "uavs d'")
_STRUCK_AT = re.compile(r"(?<![\w'])(?:бил[иа]?|бив|б'ють|бьют)\s+по(?![\w'])")
_ASKS = re.compile(r"(?:скільки|сколько|how\s+many|combien)\s+(?:[\w-]+\s+){0,2}$")
# "ракеты ATACMS американского производства": a maker's nationality before the word.
_MADE_BY = re.compile(r"(?:ск|цк|зьк|ськ)(?:ого|ої)\s+$")
_MADE_IN = re.compile(
    r"(?:производства|виробництва)\s+(?:сша|франц\w+|великобритан\w+|британ\w+|германи\w+"
    r"|німеччин\w+|украин\w+|україн\w+|росси\w+|росі\w+|иран\w*|іран\w*|кндр|западн\w+|західн\w+)"
)
# ("de fabrication iranienne", not "cadences de fabrication de drones")
_MADE_ADJECTIVE = re.compile(r"\s+(?!(?:de|des|du)\b|d')[^\W\d]+")
_OR_BETWEEN = re.compile(r"\s*(?:/|\s(?:or|ou|або|чи|или)\s)\s*")


# "Shahed-type attack drones", "attack missiles": "attack" describes the weapon, it is no verb.
_WEAPON_AFTER = re.compile(rf"\s+(?:{_DRONE}|{_MISSILE})(?![\w'])")


# --- Sides ------------------------------------------------------------------------------------
_SUBJECT_RU = (
    # ("the russian military", "the russians" before "russia", which would match their start:
    # "KYIV — The Russian military sent" would keep the dateline as the subject.)
    r"russians|russian\s+(?:forces|troops|army|military)|russia(?!'s\s+defen|n\s+defen)|moscow"
    r"|the\s+enemy|the\s+kremlin|la\s+russie|moscou|les\s+forces\s+russes|l'armée\s+russe"
    # ("росіяни" before "росія", which would match the word's start and be skipped.)
    r"|l'ennemi|противник\w*|ворог\w*|росіян\w*|россиян\w*|росія|рф\b|россия"
    r"|российск\w+\s+(?:войска|армия)|окупант\w*|оккупант\w*|агресор\w*|агрессор\w*|враг\w*"
    r"|putin\S*\s+forces|les\s+forces\s+de\s+poutine|moscow's\s+forces"
)
_SUBJECT_UA = (
    r"ukraine(?!'s\s+air\s+force)|ukrainian\s+(?:forces|troops|army|military)|kyiv"
    r"|kiev|l'ukraine|les\s+forces\s+ukrainiennes|l'armée\s+ukrainienne|україна|зсу"
    r"|украина|всу|киевский\s+режим|вооруженные\s+силы\s+украины|украинские\s+(?:войска"
    r"|военные|формирования|силы)"
)
# One scan for both sides (grouped by first letter); the side is told by _IS_RU_SUBJECT.
# Word starts are checked in code: a leading \b would stop the engine skipping ahead.
_SUBJECT = re.compile(by_first_letter(f"{_SUBJECT_RU}|{_SUBJECT_UA}"))
_IS_RU_SUBJECT = re.compile(_SUBJECT_RU)
# A participle's agent in the instrumental: "выпущенных Россией", "випущених ворогом".
_AGENT_INSTRUMENTAL = re.compile(
    r"\s+(?:(?P<ua>украиной|україною|всу|зсу)|россией|росією|москвой|москвою|рф"
    r"|противником|ворогом|врагом|оккупантами|окупантами|агрессором|агресором)(?![\w'])"
)
# The words for the attacker that never name the side attacked.
_ENEMY = re.compile(
    r"the\s+enemy|l'ennemi|противник\w*|ворог\w*|окупант\w*|оккупант\w*|агресор\w*|агрессор\w*"
    r"|враг\w*"
)
_OBJECT_BEFORE = re.compile(
    r"(?:\bat|\bon|against|into|towards|\bin|\bof|\bsur|contre|\bde|\ben|\bpar|\bvers|\bпо|\bна|\bпроти"
    r"|против|\bв|\bу|\bз|\bс|\bиз)\s+$"
)
# The last words _OBJECT_BEFORE can end with: a cheap test that spares most searches.
_OBJECT_ENDS = tuple(
    "at on against into towards in of sur contre de en par vers по на проти в у з с".split()
)
# A subject in the nominative right after an active past verb ("запустила Росія"); the object
# forms ("Україну", "Россию") and the participles ("запущенных Россией") are not it.
_SUBJECT_AFTER_VERB = re.compile(
    r"(?:(?<=[лв])|(?<=л[аио]))\s+(?:(?P<ua>україна|украина)|росія|россия|противник|ворог|враг"
    r"|окупанти|оккупанты|агресор|агрессор)(?![\w'])"
)
_AGENT_AFTER = re.compile(r"\s+(?:by|par|від|от)\s+")
# "six rockets fired from HIMARS launchers": where they came from, said of the noun only.
_ORIGIN_AFTER = re.compile(r"\s+(?:from|depuis|з|із|с|со)\s+")
# ("удару від початку вторгнення", "от начала": since the start, not by whom)
_NOT_AN_AGENT = re.compile(r"(?:far|ailleurs|la\s+suite|exemple|night|nuit|початку|начала)\b")
_PASSIVE = re.compile(
    r"\b(?:a\s+été|ont\s+été|avoir\s+été|être|was|were|has\s+been|have\s+been|been|було|були"
    r"|был[аио]?)\b"
)
_SUFFERED = re.compile(r"подверг|зазна|піддал")  # "Украина подверглась атаке": the target
# "l'Ukraine avait essuyé une attaque", "Ukraine came under attack": the subject suffered it.
_SUFFERED_BEFORE = re.compile(
    r"(?<![\w'])(?:essuy|subi|suffer|endur|came\s+under|come\s+under|подверг|зазна|піддал"
    r"|пережил)\w*\s"
)
_BY_RUSSIA = re.compile(
    by_first_letter(
        r"(?:by|par)\s+(?:the\s+enemy|russia|russian\s+forces|moscow|la\s+russie|l'ennemi|moscou"
        r"|les\s+forces\s+russes)|противник|ворог|ворож|окупант|оккупант"
    )
)
_BY_RUSSIA = hint(_BY_RUSSIA.pattern)  # searched for as a yes or no only
# Russia's defence ministry named in Ukrainian: "міноборони РФ", "Російське міноборони".
_RU_MINISTRY_IN_UKRAINIAN = (
    r"міноборони\s+(?:рф|росії)|російськ\w+\s+(?:міноборони|міністерств\w+\s+оборони)"
    r"|міністерств\w+\s+оборони\s+(?:рф|росії)"
)
# A Ukrainian region ("над Київською областю", "над Киевской областью"): where the Air Force
# shot them down, not a Russian region of the ministry's count.
_UA_REGION = (
    r"(?:київ|киев|харків|харьков|сум|полтав|черніг|черниг|одес|микола|никола|херсон|дніпро|днепро"
    r"|житомир|львів|львов|волин|волын|рівнен|ровен|хмельниц|вінниц|винниц|черкас|кіровоград"
    r"|кировоград|тернопіл|тернопол|івано|ивано|закарпат|чернівец|черновиц)"
)
_RU_DEFENDS = re.compile(
    by_first_letter(
        r"russia's\s+defen[cs]e\s+ministry|russian\s+defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e"
        r"\s+of\s+russia|russian\s+(?:air\s+)?defen[cs]es?|ministère\s+russe\s+de\s+la\s+défense"
        r"|défenses?\s+(?:anti-?)?aériennes?\s+russes?|минобороны|министерств\w+\s+обороны"
        r"\s+(?:россии|рф)|мо\s+рф|дежурн\w+\s+средств\w+\s+пво|российск\w+\s+пво"
        # What only Russia's ministry shoots down, or calls Ukraine's drones.
        r"|самолетного\s+типа|atacms|storm\s+shadow|himars|хаймарс\w*|нептун\w*|neptune"
        r"|jdam|fixed-wing\s+(?:drones|uavs)|aircraft-type"
        r"|на\s+москв\w*|к\s+москв\w*|sobyanin|sobianine|собянин\w*|moscow\s+mayor|mayor\s+of\s+moscow"
        r"|maire\s+de\s+moscou|мэр\s+москвы|en\s+russie|in\s+russia|into\s+russia|inside\s+russia"
        r"|attaque\s+ukrainienne|opération\s+ukrainienne|ukrainian\s+(?:attack|strike|operation)"
        r"|ukraine's\s+security\s+service|service\s+de\s+sécurité\s+ukrainien|sbu\b|сбу\b"
        r"|на\s+территори\w+\s+росси\w*|towards\s+moscow|heading\s+for\s+moscow|vers\s+moscou"
        # (not "missiles launched over Belgorod region": where they came from, not fell)
        # ("Російське міноборони звітує ...": the ministry named by its adjective in Ukrainian)
        rf"|{_RU_MINISTRY_IN_UKRAINIAN}|o(?<!launched\so)ver\s+(?:the\s+)?(?:territory\s+of\s+(?:the\s+)?)?(?:russian"
        r"|russia|moscow|belgorod|kursk|bryansk|rostov|voronezh|oryol|kaluga|tula|smolensk|krasnodar"
        r"|crimea)|au-dessus\s+(?:de\s+la\s+russie|du\s+territoire\s+russe)|sur\s+le\s+territoire"
        rf"\s+russe|над\s+территори\w+|над\s+(?!{_UA_REGION})\w+\s+област\w*|над\s+(?:крымом|москвой)"
        # "над регионами России", "над российскими регионами", "над регіонами росії"
        r"|над\s+(?:регионами\s+росси\w*|российскими\s+регионами|регіонами\s+росі\w*"
        r"|російськими\s+регіонами)|au-dessus\s+des\s+régions\s+russes"
    )
)
_RU_DEFENDS = hint(_RU_DEFENDS.pattern)  # searched for as a yes or no only
_UA_DEFENDS = re.compile(
    by_first_letter(
        r"air\s+force|armée\s+de\s+l'air|forces\s+aériennes|air\s+defen[cs]es?|défenses?\s+(?:anti-?)?"
        r"aériennes?|повітрян\w+\s+сил\w*|\bппо\b|протиповітрян\w+\s+оборон\w*|воздушн\w+\s+сил\w*"
        r"|ввс\s+украины|сили\s+оборони|mobile\s+fire\s+groups"
        # "Украинская сторона сообщает о 653 дронах": the side that counts what came at it.
        r"|(?:украинская|українська)\s+сторона\s+(?:сообща|заявля|повідомля|заявл|сообщил)"
        r"|the\s+ukrainian\s+side\s+(?:said|says|reported|reports)"
        r"|la\s+partie\s+ukrainienne\s+(?:a\s+fait|fait|fait\s+état|rapporte|affirme|indique)"
    )
)
_UA_DEFENDS = hint(_UA_DEFENDS.pattern)  # searched for as a yes or no only
_AIR_FORCE_SOURCE = re.compile(
    by_first_letter(
        r"air\s+force|armée\s+de\s+l'air|forces\s+aériennes|повітрян\w+\s+сил|воздушн\w+\s+сил"
        r"|ввс\s+украины"
    )
)
_MOD_SOURCE = re.compile(
    by_first_letter(
        r"russia's\s+defen[cs]e\s+ministry|russian\s+defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e"
        r"\s+of\s+russia|ministère\s+russe\s+de\s+la\s+défense|минобороны|министерств\w+\s+обороны"
        rf"\s+(?:россии|рф)|\bмо\s+рф|{_RU_MINISTRY_IN_UKRAINIAN}"
    )
)

# --- Totals over a period, and record claims -------------------------------------------------
_WEEK_TOTAL = (
    # "Тиждень у цифрах: ...", "The week in numbers": a review's heading.
    r"(?:тиждень|неделя)\s+[ув]\s+цифрах|week\s+in\s+numbers|semaine\s+en\s+chiffres|"
    r"past\s+week|last\s+week|this\s+week|previous\s+week|past\s+(?:seven|7)\s+days"
    r"|last\s+(?:seven|7)\s+days|in\s+(?:a|one|a\s+single)\s+week|during\s+the\s+week|over\s+the\s+week|weekly"
    r"|cette\s+semaine|la\s+semaine\s+dernière|en\s+une\s+(?:seule\s+)?semaine|la\s+semaine\s+écoulée"
    r"|la\s+semaine\s+passée|durant\s+la\s+semaine|bilan\s+de\s+la\s+semaine"
    r"|au\s+cours\s+de\s+la\s+semaine|sur\s+(?:sept|7)\s+jours|en\s+(?:sept|7)\s+jours"
    r"|depuis\s+(?:le\s+début\s+de\s+la\s+semaine|une\s+semaine)"
    # "с начала недели Россия выпустила более 1 200 дронов": counted from the week's start.
    r"|since\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+week|(?:з|від)\s+початку\s+тижня"
    r"|с\s+начала\s+недели"
    r"|за\s+(?:минулий\s+|останній\s+|цей\s+|один\s+)?тиждень|протягом\s+(?:минулого\s+)?тижня"
    r"|цього\s+тижня|минулого\s+тижня"
    r"|за\s+(?:прошедшую\s+|минувшую\s+|последнюю\s+|эту\s+|одну\s+)?неделю"
    r"|на\s+(?:этой|прошлой|прошедшей|минувшей)\s+неделе|в\s+течение\s+(?:прошлой\s+|прошедшей\s+|минувшей\s+|этой\s+)?недели|в\s+ходе\s+недели|у\s+ході\s+тижня|за\s+(?:7|сім|семь)\s+дн\w+"
    r"|(?:sept|7)\s+derniers\s+jours|останні\s+(?:7|сім)\s+дн\w+|последние\s+(?:7|семь)\s+дн\w+"
    # A few days' total: "au cours des trois derniers jours", "over the past three days".
    r"|(?:deux|trois|quatre|cinq|[2-5])\s+derniers\s+jours|(?:past|last)\s+(?:two|three|four|five|[2-5])\s+days"
    # "524 drones en trois jours", "in three days": a sum of a few days, too.
    r"|en\s+(?:deux|trois|quatre|cinq|[2-5])\s+jours|in\s+(?:two|three|four|five|[2-5])\s+days"
    r"|за\s+(?:два|три|чотири|п'ять|четыре|пять|[2-5])\s+(?:дн|доб|сут)\w*"
    r"|(?:останні|последние)\s+(?:два|три|чотири|четыре|[2-5])\s+(?:дн|доб|сут)\w*"
    # "throughout the week of July 7 to 13", "la semaine du 7 au 13 juillet": a named week.
    r"|(?:throughout|during|over|in|for)\s+the\s+week\s+of|la\s+semaine\s+du\s+\d"
    r"|(?:на|за)\s+(?:неделе|неделю)\s+с\s+\d|(?:за|протягом)\s+(?:тиждень|тижня)\s+з\s+\d"
    # "Минобороны подвело итоги недели": the week's summary.
    r"|(?:итог\w*|підсумк\w*)\s+(?:прошедшей\s+|минувшей\s+|минулого\s+)?(?:недели|тижня)"
)
_MONTH_TOTAL = (
    # "... 5 298 дронів – у середньому 171 дрон щодоби", "an average of 171 a day": a daily
    # average, so a tally of many days.
    r"(?:в|у)\s+(?:середньому|среднем)\s+(?:по\s+)?\d[\d ]*\s+(?:[^\W\d]+\s+){0,2}"
    r"(?:щодоби|щодня|ежедневно|(?:за|на)\s+(?:добу|сутки)|в\s+сутки)"
    r"|average\s+of\s+\d[\d,]*\s+(?:[^\W\d]+\s+){0,2}(?:a|per)\s+day\b"
    r"|en\s+moyenne\s+\d[\d ]*\s+(?:[^\W\d]+\s+){0,2}par\s+jour\b|"
    # "Жовтень у цифрах: ...", "October in numbers", "Octobre en chiffres": a month's review.
    r"(?:січень|лютий|березень|квітень|травень|червень|липень|серпень|вересень|жовтень|листопад"
    r"|грудень|місяць|январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь"
    r"|декабрь|месяц)\s+[ув]\s+цифрах|(?:january|february|march|april|may|june|july|august"
    r"|september|october|november|december|month)\s+in\s+(?:numbers|figures)\b|(?:janvier|février|mars|avril"
    r"|mai|juin|juillet|août|septembre|octobre|novembre|décembre|mois)\s+en\s+chiffres|"
    r"past\s+month|last\s+month|this\s+month"
    r"|(?:in|over|during|throughout)\s+(?:january|february|march|april|june|july|august"
    r"|september|october|november|december)(?!\s+\d)"
    r"|(?:in|over|during|throughout)\s+the\s+month\s+of\s+(?:january|february|march|april|may"
    r"|june|july|august|september|october|november|december)(?!\s+\d)"
    r"|en\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre"
    # (French dates put the day first: "en janvier 4 870 drones" is a month's, "en janvier
    # 2024" a year's month.)
    r"|décembre)(?!\s+(?:19|20)\d\d(?!\d|\s\d\d\d(?!\d)))"
    r"|[ув]\s+(?:січні|лютому|березні|квітні|травні|червні|липні|серпні|вересні|жовтні"
    r"|листопаді|грудні)"
    r"|в\s+(?:январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре"
    r"|декабре)"
    r"|since\s+the\s+(?:start|beginning)\s+of\s+(?:the\s+|this\s+)?(?:month|year)"
    # "since the start of September", "depuis le début de septembre", "з початку вересня", "с
    # начала сентября": counted from a month's start, a period's sum.
    r"|since\s+the\s+(?:start|beginning)\s+of\s+(?:january|february|march|april|may|june|july"
    r"|august|september|october|november|december)(?!\s+\d)"
    r"|depuis\s+le\s+début\s+(?:du\s+mois\s+)?(?:de\s+|d')(?:janvier|février|mars|avril|mai|juin"
    r"|juillet|août|septembre|octobre|novembre|décembre)(?!\s+\d)"
    r"|(?:з|від)\s+початку\s+(?:січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня"
    r"|жовтня|листопада|грудня)|с\s+начала\s+(?:января|февраля|марта|апреля|мая|июня|июля"
    r"|августа|сентября|октября|ноября|декабря)"
    r"|so\s+far\s+this\s+(?:year|month)"
    r"|since\s+(?:january|february|march|april|may|june|july|august|september|october"
    r"|november|december)(?!\s+\d)"
    r"|ce\s+mois|le\s+mois\s+dernier|en\s+un\s+mois|au\s+cours\s+du\s+mois|sur\s+le\s+mois"
    # A month told in days: "tirés en trente jours", "over the past 30 days", "за 30 днів".
    r"|(?:en|sur|in|over|within)\s+(?:the\s+(?:past|last)\s+|les\s+)?(?:trente(?:\s+et\s+un)?|thirty"
    r"|thirty-one|3[01])\s+(?:derniers\s+)?(?:jours|days)\b"
    r"|за\s+(?:останні\s+|последние\s+)?(?:тридцять|тридцать|3[01])\s+(?:дн|діб|доб|сут)\w*"
    r"|over\s+the\s+month|during\s+the\s+month"
    r"|depuis\s+le\s+début\s+(?:du\s+mois|de\s+l'année)|за\s+(?:минулий\s+|цей\s+)?місяць"
    # "За останній місяць ...", "за прошлый месяц", "за первый квартал", "in the first quarter":
    # a month's or a quarter's sum.
    r"|за\s+(?:останній|последний|прошлый|этот)\s+(?:місяць|месяц)|за\s+месяц"
    r"|за\s+(?:(?:перший|другий|третій|четвертий|первый|второй|третий|четвертый|минулий|прошлый"
    r"|этот|цей)\s+)?квартал\w*|(?:in|over|during)\s+the\s+(?:first|second|third|fourth|last"
    r"|past)\s+quarter|au\s+(?:premier|deuxième|troisième|quatrième|dernier)\s+trimestre"
    # A season's total: "Depuis le début de l'automne, la Russie a tiré plus de 3 000 drones".
    r"|depuis\s+le\s+début\s+(?:de\s+l'(?:automne|hiver|été)|du\s+printemps)"
    r"|since\s+the\s+(?:start|beginning)\s+of\s+(?:the\s+|this\s+)?(?:autumn|fall|winter|summer"
    r"|spring)|з\s+початку\s+(?:осені|зими|літа|весни)|с\s+начала\s+(?:осени|зимы|лета|весны)"
    # "have shot down more than 4,000 since they were first deployed": a weapon's tally.
    r"|since\s+(?:they|it)\s+(?:were|was)\s+first\s+(?:deployed|used|introduced|fielded)"
    # "his team has brought down 146 drones since it started": a unit's tally.
    r"|since\s+(?:it|they)\s+(?:started|began|(?:was|were)\s+(?:formed|set\s+up|created))"
    r"|since\s+(?:its|their)\s+(?:creation|formation)"
    r"|(?:протягом|упродовж|впродовж)\s+місяця|(?:цього|минулого)\s+місяця"
    r"|(?:з|від)\s+початку\s+(?:року|місяця)|в\s+течение\s+месяца|pendant\s+le\s+mois"
    r"|(?:прошлого|этого)\s+месяца|в\s+прошлом\s+месяце|у\s+минулому\s+місяці"
    # ("au seul mois de septembre", "in the month of September alone": the month all the same)
    r"|(?:du|le|au)\s+(?:seul\s+)?mois\s+(?:de\s+|d')(?:janvier|février|mars|avril|mai|juin|juillet|août"
    r"|septembre|octobre|novembre|décembre)(?!\s+\d)"
    r"|за\s+(?:прошедший\s+|этот\s+)?месяц|в\s+этом\s+месяце|с\s+начала\s+(?:года|месяца)"
    r"|(?:протягом|упродовж|за|підсумки)\s+(?:січня|лютого|березня|квітня|травня|червня|липня"
    r"|серпня|вересня|жовтня|листопада|грудня|січень|лютий|березень|квітень|травень|червень"
    r"|липень|серпень|вересень|жовтень|листопад|грудень)"
    r"|(?:в\s+течение|за|итоги)\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября"
    r"|октября|ноября|декабря|январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь"
    r"|ноябрь|декабрь)|місячн\w+|месячн\w+|monthly|mensuel\w*"
    # "Depuis le 1er octobre, ... plus de 3 200 drones", "since October 1", "з 1 жовтня": counted
    # from a month's first day, a period's sum.
    r"|depuis\s+le\s+1er\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre"
    r"|octobre|novembre|décembre)|since\s+(?:(?:january|february|march|april|may|june|july"
    r"|august|september|october|november|december)\s+1(?:st)?\b|1(?:st)?\s+(?:of\s+)?(?:january"
    r"|february|march|april|may|june|july|august|september|october|november|december))"
    r"|(?:з|із|с)\s+1\s+(?:січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня"
    r"|жовтня|листопада|грудня|января|февраля|марта|апреля|мая|июня|июля|августа|сентября"
    r"|октября|ноября|декабря)(?!\s+(?:по|до|на)\b)"
)
_WAR_TOTAL = (
    r"since\s+the\s+(?:start|beginning)\s+of\s+(?:the\s+)?(?:full-scale\s+)?(?:war|invasion"
    r"|special\s+military\s+operation)|depuis\s+le\s+début\s+de\s+l'opération\s+militaire\s+spéciale"
    r"|since\s+(?:february\s+)?2022|since\s+the\s+full-scale\s+invasion"
    # "since the start of what Moscow calls its 'special military operation'"
    r"|since\s+the\s+(?:start|beginning)\s+of\s+what\s+(?:moscow|russia|the\s+kremlin)\s+calls"
    r"|depuis\s+le\s+début\s+de\s+(?:la\s+guerre|l'invasion)|depuis\s+(?:le\s+24\s+)?(?:février\s+)?2022"
    r"|since\s+(?:24\s+february|february\s+24),?\s+2022|з\s+24\s+лютого\s+2022|с\s+24\s+февраля\s+2022"
    r"|(?:з|від)\s+початку\s+(?:повномасштабного\s+вторгнення|(?:повномасштабної|повної)\s+війни"
    r"|війни)"
    r"|с\s+начала\s+(?:проведения\s+)?(?:сво|войны|специальной|спецоперации|полномасштабного)"
    r"|за\s+(?:весь\s+)?(?:час|время)\s+(?:війни|войны)"
    # "Over the four years, Russia has fired more than 50,000 drones": the war's years.
    r"|over\s+the\s+(?:past\s+|last\s+)?(?:two|three|four|five|[2-9])\s+years"
    r"|(?:за|протягом)\s+(?:два|три|чотири|п'ять|[2-9])\s+рок\w*"
    r"|за\s+(?:два|три|четыре|пять|[2-9])\s+(?:года|лет)"
    r"|(?:en|depuis)\s+(?:deux|trois|quatre|cinq|[2-9])\s+ans"
    # "Quatre ans après le début de l'invasion, la Russie a lancé plus de 57 000 drones"
    r"|(?:two|three|four|five|[2-9])\s+years\s+(?:after|into)\s+(?:the\s+)?(?:start|beginning"
    r"|full-scale|war|invasion)|(?:deux|trois|quatre|cinq|[2-9])\s+ans\s+après\s+le\s+début"
    # "Depuis, Moscou a tiré plus de 13 000 missiles": since the day just named.
    r"|depuis,|since\s+then,|відтоді,|с\s+тех\s+пор,"
)
_YEAR_TOTAL = (
    r"in\s+20\d\d(?![\d-])|en\s+20\d\d(?!\d)|у\s+20\d\d\s+роц\w*|в\s+20\d\d\s+год\w*|last\s+year"
    r"|l'année\s+dernière|минулого\s+року|в\s+прошлом\s+году|annual\s+report|за\s+20\d\d\s+р"
    r"|(?:l'|de\s+l'|seule\s+)année\s+20\d\d|(?:the|whole)\s+year\s+20\d\d"
    r"|за\s+20\d\d\s+г|(?:з|с)\s+(?:початку|начала)\s+20\d\d|since\s+the\s+start\s+of\s+20\d\d"
    r"|depuis\s+(?:le\s+)?début\s+20\d\d|підсумки\s+року|итоги\s+года"
    # "за рік росія випустила ...", "за год столицу атаковали ...": over the year told of.
    r"|за\s+(?:минулий\s+|цей\s+)?рік(?![\w'])|за\s+(?:прошлый\s+|этот\s+)?год(?!\w)"
)
_PERIOD_KINDS = (
    ("week", re.compile(_WEEK_TOTAL)),
    ("month", re.compile(_MONTH_TOTAL)),
    ("war", re.compile(_WAR_TOTAL)),
    ("year", re.compile(_YEAR_TOTAL)),
)
# One search for all three; which period it was is decided on the match alone.
_PERIOD = re.compile(by_first_letter(f"{_WEEK_TOTAL}|{_MONTH_TOTAL}|{_WAR_TOTAL}|{_YEAR_TOTAL}"))
_PERIOD_HINT = hint(_PERIOD.pattern)  # most sentences name no period: one fast search says so
_ONE_ATTACK = re.compile(
    by_first_letter(
        r"overnight|last\s+night|\bnight\b|\bnuit\b|ніч(?!н)|ночь|ночі|ночью|протягом\s+дня"
        r"|в\s+течение\s+дня"
    )
)
_ONE_ATTACK = hint(_ONE_ATTACK.pattern)  # searched for as a yes or no only
# Word starts are checked in _claims_record, not with a leading \b (see _clean_start).
_RECORD = re.compile(
    by_first_letter(
        r"records?\b|record-\w+|largest\b|biggest\b|most\s+massive\b|heaviest\b"
        # "the highest one-night figure", "максимальное число", "jamais ... autant de drones".
        r"|highest\s+(?:[\w-]+\s+){0,2}?(?:number|figure|count|total|tally)\b"
        r"|максимальн\w+\s+(?:число|кількіст\w*|количеств\w*)|jamais\b[^.;:]{0,90}?\bautant\b"
        r"|most\b[^.]{0,40}\bever\b(?!\s+(?:downed|shot\s+down|intercepted))|unprecedented\b|plus\s+grand(?:e|s|es)?\b"
        r"|jamais[\s-]+(?:atteint|vu|égalé|enregistré)\w*|never\s+before\b"
        # "Ще ніколи ... ворог не запускав стільки дронів": never before so many.
        r"|ще\s+ніколи|еще\s+никогда|ещё\s+никогда"
        # "Впервые столько ракет за одну ночь": never so many before, said the other way.
        r"|впервые\s+столько|вперше\s+стільки"
        r"|plus\s+important(?:e|s|es)?\b|plus\s+massi(?:f|ve|ves|fs)\b|sans\s+précédent"
        r"|plus\s+élevé(?:e|s|es)?\b"  # "le chiffre le plus élevé depuis le début de la guerre"
        r"|рекорд\w*|наймасованіш\w*|найпотужніш\w*|наймасштабніш\w*|сам(?:ая|ый|ой|ую|ое|ые|ых)\s+массированн\w*"
        # Not the adverb: "Найбільше постраждали енергетичні об'єкти", "найбільше – над
        # Брянською областю" (where most of them were).
        r"|найбільш(?!е\s+(?:постражд|пошкод|зруйн|страждал)|е\s*[–—,-]?\s*(?:над|у|в|на|по)\s"
        # "Влучання: 17 локацій, найбільше — Львівщина": the region hit most.
        r"|е\s*[–—:,-]\s*[^\W\d]+щин"
        # "Харківщина, де найбільше влучань": where the most hits (or harm) were.
        r"|е\s+(?:влучань|уражень|руйнувань|пошкоджень|загиблих|постраждалих|жертв)"
        # "Найбільше дронів, за даними ..., збито над Брянською": where most of them fell.
        r"|е\s+[^\W\d]+[^.;]{0,60}?\sнад\s"
        # "Найбільше дронів, за даними ПС, заходило з Курської": whence most of them came.
        r"|е\s+[^\W\d]+[^.;]{0,60}?\s(?:заходил|залітал|летіл|прилетіл)\w*\s+(?:з|із|зі|на|над)\s"
        # "Найбільша активність — над Сумщиною", "Наибольшая активность была над ...": where.
        r"|\w*\s+активн)\w*"
        r"|сам\w+\s+масштабн\w*|крупнейш\w*|наибольш(?!\w*\s+активн)\w*|беспрецедентн\w*|небувал\w*"
        # "surpassing the previous record of 810", "a new high for the war", "than ever".
        r"|surpass\w*\s+(?:the\s+)?(?:previous\s+)?record|broke\s+(?:the\s+)?record"
        r"|breaking\s+the\s+record|new\s+(?:high|peak)\b|all-time\s+high|than\s+ever\b"
        r"|dépass\w*\s+(?:le\s+)?(?:précédent\s+)?record|nouveau\s+(?:sommet|pic)\b"
        r"|que\s+jamais\b|побив\w*\s+(?:попередній\s+)?рекорд|побил\w*\s+(?:предыдущий\s+)?рекорд"
        r"|перевищ\w*\s+(?:попередній\s+)?рекорд|превысив\w*\s+(?:предыдущий\s+)?рекорд"
        r"|чем\s+когда-либо|ніж\s+(?:будь-коли|коли-небудь)"
        # "more drones than on any previous night of the war"
        r"|than\s+(?:on|in|during)\s+any\s+(?:other|previous|earlier|prior|single)\s+night\b"
        # "more drones than it had ever sent", "davantage qu'au cours de n'importe quelle autre
        # attaque": more than ever, said another way.
        r"|than\s+(?:it|they|russia|moscow)\s+(?:had|has|have)\s+ever\b"
        r"|n'importe\s+quel(?:le)?\s+autre\b"
        # "the most it has used in a single attack", "больше всего за одну ночь": one night's most
        # (not "the most ever downed in a single night": the defence's record).
        r"|most\b(?!\s+of\b|\s+part\b)(?:(?!downed|shot\s+down|intercept|destroy)[^.;]){0,40}?"
        r"\b(?:in|on)\s+(?:a|one|any)\s+(?:single\s+)?(?:attack|night|strike|raid"
        r"|barrage|salvo)\b|больше\s+всего\b"
        r"(?:(?!сбит|перехвач|уничтож)[^.;]){0,40}?\bза\s+одну\s+(?:ночь|атаку)"
    )
)
# Literal stems only, so the regex engine can skip ahead: most sentences have none of them.
_RECORD_HINT = re.compile(
    by_first_letter(
        r"record|larg|bigg|most|heav|highest|unprec|plus|jamais|never|sans|рекорд|наймас|найбіл"
        r"|найпот"
        r"|масштаб|массир|крупн|наибол|беспрец|небувал|surpass|broke|break|new\s+(?:high|peak)"
        r"|all-time|than\s+ever|than\s+(?:on|in|during)\s+any|had\s+ever|has\s+ever|have\s+ever"
        r"|n'importe\s+quel"
        r"|dépass|nouveau|побив|побил|перевищ|превыс|когда-либо|будь-коли|коли-небудь|максимальн"
        r"|ніколи|никогда|впервые|вперше|больше\s+всего"
    )
)
_RECORD_HINT = hint(_RECORD_HINT.pattern)  # searched for as a yes or no only
_NOT_RECORD_BEFORE = re.compile(
    r"(?:(?:one\s+of|among|l'une\s+des|l'un\s+des|une\s+des|un\s+des|parmi|од(?:и)?н\w*\s+(?:з|із|зі|из)"
    r"|один\s+из)\s+(?:[\w']+\s+){0,3}|second[-\s]|third[-\s]|deuxième\s+|troisième\s+"
    # "la deuxième attaque la plus importante": second, with the noun between.
    r"|(?:deuxième|troisième|second|third)\s+(?:[\w']+\s+){1,2}|друг\w+\s+|previous\s+|précédent\s+|попередн\w+\s+|предыдущ\w+\s+|not\s+(?:the\s+)?"
    r"|(?:lendemain|after|following|après|після|после)\s+(?:de\s+l'|d'une?\s+|de\s+la\s+|the\s+|a\s+"
    r"|an\s+)?(?:[\w']+\s+){0,2}"
    r"|pas\s+(?:le\s+)?|near-|near\s+|nearly\s+a\s+|almost\s+a\s+|quasi-|presque\s+|почти\s+"
    r"|майже\s+|short\s+of\s+(?:the\s+|a\s+|its\s+)?(?:[\w']+\s+){0,2}|shy\s+of\s+(?:the\s+)?"
    r"|(?:just\s+|well\s+)?below\s+(?:the\s+)?(?:(?:scale|level|size)\s+of\s+(?:the\s+)?)?"
    # "it did not approach the scale of the heaviest barrages": measured against, not one.
    r"|(?:not|n't|never)\s+(?:approach|match|reach|rival|equal)\w*\s+(?:the\s+)?"
    r"(?:(?:scale|level|size)\s+of\s+(?:the\s+)?)?|smaller\s+than\s+(?:the\s+)?"
    # "sans toutefois atteindre le record de 810 drones", "without matching the record",
    # "не досягнувши рекорду": measured against, not reached.
    r"|sans\s+(?:toutefois\s+|pour\s+autant\s+|cependant\s+)?(?:atteindre|égaler|battre"
    r"|dépasser|approcher)\s+(?:le\s+|son\s+|leur\s+)?|without\s+(?:reaching|matching|breaking"
    r"|beating|surpassing|approaching)\s+(?:the\s+|its\s+)?"
    r"|не\s+(?:досягнувши|побивши|перевершивши|наблизившись\s+до|достигнув|побив|приблизившись\s+к"
    r"|превзойдя)\s+(?:\w+\s+)?"
    # "l'essence a atteint 68 roubles le litre, un record historique": a price's record.
    r"|(?:roubles?|rubles?|dollars?|euros?|hryvnias?|гривень|гривні|гривен|рубл\w*|доллар\w*"
    r"|долар\w*|євро|евро)\W+(?:[\w'-]+\W+){0,6}?"
    # "Moscou reste loin de son record", "far from the record": not reached.
    r"|loin\s+(?:de\s+son|de\s+leur|du)\s+|en\s+deçà\s+(?:de\s+son|du)\s+"
    # ("nowhere near the record", "pas près du record", "далеко не")
    r"|(?:far\s+(?:short\s+of|from)|nowhere\s+near|not\s+near|pas\s+près\s+d[eu])\s+"
    r"(?:the\s+|its\s+|son\s+|leur\s+)?|далеко\s+(?:від|от|до)\s+(?:\w+\s+)?"
    # "ця ніч вища за середню, але далеко не рекордна"
    r"|(?<![\w'])не\s+"
    # "shot down a record number of drones": a record of interceptions, not of the attack.
    r"|(?:shot\s+down|downed|intercepted)\s+(?:a\s+)?"
    # "Les dégâts les plus importants": where the worst damage was.
    r"|(?:dégâts|dommages|destructions)\s+les\s+"
    # "Moscow has saved its heaviest blows for the coldest weeks": a habit, not this night.
    r"|(?:saved|saves|saving|kept|keeps|keeping|reserved|reserves)\s+(?:its|their|the)\s+"
    # "did not say whether the attack was the largest of the war": asked, not claimed.
    r"|whether\s+(?:[\w']+\s+){0,3}?(?:was|is|had\s+been)\s+(?:the\s+|a\s+)?"
    r"|(?<![\w'])si\s+(?:[\w']+\s+){0,3}?(?:était|est|a\s+été)\s+(?:la\s+|le\s+|un\s+)?"
    r"|(?<![\w'])(?:чи|ли)\s+(?:[\w']+\s+){0,3}"
    # "ППО потрібно більше, ніж будь-коли", "needs air defence more than ever": a need.
    r"|(?<![\w'])(?:need(?:s|ed)?|besoin|потрібн\w*|необхідн\w*|нужн\w*|необходим\w*)\W+"
    r"(?:[\w']+\W+){0,4}?)$"
)
_NOT_RECORD_AFTER = re.compile(
    r"^\W*(?:[\w']+\W+){0,7}?(?:since\s+(?!(?:the|moscow's|russia's)\s+(?:(?:start|beginning)\s+of\s+"
    r"(?:the\s+|moscow's\s+|russia's\s+)?)?(?:full-scale\s+)?(?:war|invasion|conflict)|(?:february\s+)?2022)|this\s+(?:year|month|week)|in\s+(?:\w+\s+)?(?:days|weeks|months|recent)|in\s+(?:(?:over|more\s+than|almost)\s+)?(?:a|one)\s+(?:week|month)\b|of\s+the\s+year"
    r"|cette\s+année|depuis\s+(?!le\s+début\s+(?:de\s+(?:la\s+guerre|l'invasion)|du\s+conflit)|(?:février\s+)?2022)"
    r"|цього\s+року"
    # "la plus importante de l'année", "of the autumn", "цієї осені": a season's, not ever.
    r"|de\s+l'(?:année|automne|hiver|été)|du\s+printemps|cet(?:te)?\s+(?:année|automne|hiver|été)"
    r"|(?:this|of\s+the)\s+(?:autumn|fall|winter|summer|spring)\b|цієї\s+(?:осені|зими|весни)"
    r"|цього\s+літа|этой\s+(?:осен|зим|весн)\w*|этого\s+лета|этим\s+летом"
    # "a record for interceptions", "son record d'interceptions": the defence's, not the attack's.
    r"|for\s+intercept|d'intercept|(?:interception|intercept|kill)\s+rate|taux\s+d'intercept"
    # "Рекорд ... поки не перевершено", "the record has not been beaten": an older one stands.
    r"|не\s+(?:перевершен|побит|превзойд)|not\s+(?:yet\s+)?(?:been\s+)?(?:surpassed|beaten|broken)"
    # "до рекордних показників вересня він не дотягнув": a record not reached, another night's.
    r"|не\s+(?:дотягн|дотяг|досяг|достиг)"
    r"|pas\s+(?:encore\s+)?(?:été\s+)?(?:battu|dépassé)"
    r"|этого\s+года|в\s+этом\s+году|за\s+останн|за\s+последн|port|refinery|plant"
    r"|raffinerie|нпз|oil|highs\b|lows\b"
    # "найбільшою проблемою залишається нестача ракет": the biggest problem, not attack.
    r"|проблем|problem"
    # "with the Belgorod region accounting for the largest share": where most were, no record
    r"|share\b|portion\b"
    # "condamne avec la plus grande fermeté": a statement's tone, not the attack's size.
    r"|fermeté|firmness"
    # "The biggest night of the month remains Oct 10": the month's, not the war's.
    r"|of\s+the\s+(?:month|week)|du\s+mois|de\s+la\s+semaine|місяця|тижня|месяца|недели"
    # "Ukraine's largest private energy company", "record grain shipments": not the attack.
    r"|compan\w*|firm|operator|producer|entreprise|société|компані\w*|компани\w*|grain|harvest"
    r"|shipments|exports|imports|volume|récolte|exportations|importations|врожа\w*|урожа\w*"
    r"|експорт\w*|экспорт\w*|імпорт\w*|импорт\w*|gigawatts?|megawatts?|electricity|électricité"
    # "with the heaviest damage in the Kyiv region", "the heaviest fighting near Pokrovsk":
    # where the blows fell or the front, not the attack's size.
    r"|damage\b|fighting\b|dégâts|combats|strikes\s+(?:on|in)\s+(?:the\s+)?(?:[\w-]+\s+){1,4}regions"
    # "Рекорд ..., 934, был установлен в ночь на 15 марта": set on another, dated night.
    r"|(?:был\w*\s+установлен\w*|бул\w*\s+встановлен\w*|was\s+set|a\s+été\s+établi\w*)\s+"
    r"(?:в\s+ночь\s+на|у\s+ніч\s+на|on|in|le|dans\s+la\s+nuit\s+du)\s+\d"
    # "the record night in early July": an earlier attack's, named by its month.
    r"|(?:in\s+(?:early|mid|late)[-\s]|(?:début|mi-|fin)\s*)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct"
    r"|nov|dec|janv|févr|mars|avril|mai|juin|juil|août|sept|oct|nov|déc)\w*\b"
    r"|(?:на\s+початку|в\s+середині|наприкінці|в\s+начале|в\s+середине|в\s+конце)\s+(?:січ|лют|бер"
    r"|кві|тра|чер|лип|сер|вер|жов|лис|гру|янв|фев|мар|апр|мая|июн|июл|авг|сен|окт|ноя|дек)"
    # "The largest attack to date remains the one in early September": another attack's.
    r"|remains\s+(?:the\s+one|that\s+of)|still\s+stands|reste\s+(?:celle|celui)"
    # "The record for a single night remains the 810 drones sent in September": another night's.
    r"|remains\s+(?:at\s+)?(?:the\s+)?\d"
    r"|залишається\s+(?:атака|та)|остается\s+(?:атака|та)"
    # "Наибольшее количество беспилотников уничтожено над Брянской областью": one region's.
    r"|над\s+(?:территорией\s+)?(?:\w+\s+){1,3}?област|над\s+\w+щин|over\s+(?:the\s+)?\w+\s+region"
    r"|au-dessus\s+de\s+la\s+région"
    # "Найбільше дронів летіло на Київщину": where most of them flew.
    r"|(?:летіл|летел|летів|прямувал|направлял)\w*\s+(?:на|у|в|до)\s"
    # "Найбільших руйнувань зазнала Львівщина": where the worst damage was.
    r"|руйнуван|разрушени|пошкоджен|повреждени"
    # "a record number of civilians": a record of victims, not of the attack's weapons.
    r"|number\s+of\s+(?:civilians|people|casualties|deaths|victims|dead)|de\s+(?:victimes|morts"
    r"|civils|blessés)|жертв|загибл|погибш|загинул|погибл"
    # "крупнейшая атака с весны", "найбільша з березня": since a recent time, not ever.
    # ("найбільша атака з 7 вересня": since a day, unless the war's first, 24 February 2022)
    r"|с\s+(?:\d\d?\s+(?!февраля\s+2022))?(?:весны|лета|осени|зимы|прошл\w+|начала\s+(?:года|месяца|лета|осени|весны)|января"
    r"|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)"
    # (not "з початку повної війни", "с начала большой войны": the war, said shorter)
    r"|з\s+початку\s+(?!(?:(?:повномасштабн|повн|велик)\w+\s+)?(?:війни|вторгнення|конфлікту))\w+"
    r"|с\s+начала\s+(?!(?:(?:полномасштабн|полн|больш)\w+\s+)?(?:войны|сво|вторжения|специальн"
    r"|конфликта))\w+"
    r"|(?:з|від)\s+(?:\d\d?\s+(?!лютого\s+2022))?(?:весни|літа|осені|зими|минул\w+|початку\s+(?:року|місяця|літа|осені|весни)|січня"
    r"|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня))"
)


@dataclass
class _Figure:
    """One number read from a sentence."""

    attacker: str | None
    weapon: str
    role: str  # launched | destroyed
    value: int | None  # None: the text gives no exact figure
    bare: bool = False  # read without its noun ("405 of them"): it may repeat a figure read
    bound: bool = False  # "more than 300": a figure was given, as a bound (value None)
    every: bool = False  # "усі ракети знищено": as many destroyed as were launched
    short: int = 0  # with every: "all but three of the missiles were shot down"
    heads: bool = False  # a list of its parts follows ("31 missiles: 8 Kh-101, ...")
    also_kind: str = ""  # "also fired 19 ballistic missiles": more, of this kind, if not told
    kinds_before: bool = False  # with also_kind: only if the figure before named its own kind
    at: int = -1  # where the figure's number starts and its mention ends, when read from one
    end: int = -1
    unnumbered: bool = False  # "застосували балістичну ракету": a missile named, no numeral
    approx: bool = False  # "une quarantaine de missiles": a vague count, no figure and no bound


@dataclass
class _Attack:
    """What the document says about one (attacker, weapon, date)."""

    attacker: str
    weapon: str
    date: str | None
    launched: int | None = None
    destroyed: int | None = None
    launched_evidence: str = ""
    destroyed_evidence: str = ""
    sources: list[str] = field(default_factory=list)
    bounded: bool = False  # a figure was given as a bound only ("більше 300")
    all_destroyed: bool = False  # "all the missiles were shot down"
    all_but: int = 0  # "all but three"
    least: dict[str, int] = field(default_factory=dict)  # the smallest figure read, per role
    told_total: bool = False  # a sentence gave the total ("всего за ночь 51")
    night_only: dict[str, int] = field(default_factory=dict)  # the night's figure, evening apart
    read_from: list[str] = field(default_factory=list)  # the sentences its figures came from
    updated: set[str] = field(default_factory=set)  # roles an "updated figures" sentence gave
    # Whether a vague count ("dozens of missiles") was read for it, and whether anything else was.
    approx: bool = False
    plain: bool = False
    # Where each role's figure was read: (paragraph, sentence), for a correction told later.
    told_at: dict[str, tuple[int, int]] = field(default_factory=dict)


# "..., сбиты или подавлены 99": a second verb, then the figure of both ("збито/подавлено 89",
# "сбито около 110": a slash may join them, an approximation stand before the figure).
_OWN_FIGURE_AFTER = re.compile(
    r"(?:\s*/\s*[^\W\d]+|\s+(?:or|ou|або|или|чи)\s+[^\W\d]+)?\s+"
    r"(?:(?:близько|около|приблизно|примерно|порядка|about|around|environ)\s+)?\d"
)
# The verb's own figure ending its clause: "сбиты 97.", "сбито около 110," (not a date's day).
_OWN_FIGURE_ENDS = re.compile(
    r"(?:\s*/\s*[^\W\d]+)?\s+(?:[^\W\d]+\s+)?\d[\d ]*\s*(?:[,.;)]|$)"
)
_OWN_FIGURES_RESPECTIVELY = re.compile(
    r"\s+\d[\d ]*(?:,\s*\d[\d ]*)*\s+(?:і|и|й|та|and|et)\s+\d[\d ]*\s*,?\s*"
    r"(?:відповідно|соответственно|respectively|respectivement)"
)
# ("Знешкоджено 118, ще 14 локаційно втрачені": more of them, with a verb of their own)
# "Близько 200 ударних дронів і 12 ракет.": a count told alone, an approximation opening it
# ("Понад 450 ударних дронів.", "І ще 32 ракети.": or a bound, or more of the same).
# ("Всего 300 средств воздушного нападения, в том числе ...", "In total, 280 drones": or the
# word that makes it the total)
_ABOUT_OPENING = re.compile(
    r"(?:[^\w\s]+\s*)?(?:(?:і|и|та|and|et)\s+)?(?:(?:ще|еще|ещё|also|encore)\s+)?"
    r"(?:(?:всего|усього|всього|загалом|in\s+total|altogether|au\s+total|en\s+tout),?\s+)?"
    r"(?:(?:близько|около|приблизно|примерно|майже|почти|about|around|some|nearly|roughly|environ"
    r"|près\s+de|понад|більше|более|свыше|больше|over|more\s+than|plus\s+de)\s+)?(?=\d)"
)
# "These included 439 attack drones and 37 missiles.", "З них 439 ударних БпЛА та 37 ракет.":
# the kinds of the count just told, in a sentence of their own with no verb.
_KINDS_OPENING = re.compile(
    r"\W*(?:(?:these|they)\s+included|(?P<part>(?:of|among)\s+(?:them|these)|з\s+них|із\s+них"
    r"|серед\s+них|из\s+них|среди\s+них|parmi\s+(?:eux|ceux-ci)))\s*,?\s+(?=\d)"
)
# "Лише минулої ночі — 125 дронів", "Цієї ночі було 93 «шахеди»": a night, then what came.
_NIGHT_THEN_COUNT = re.compile(
    # ("Речник ...: «Цієї ночі було 93 ...»": after the words that introduce a quote)
    r"\W*(?:[^\d:;.«»\"“”]{1,80}:\s*[«\"“]?)?(?:(?:лише|тільки|только|лишь|only|just)\s+)?(?:(?:минулої|цієї|этой|прошлой|last)\s+)?"
    r"(?:ночі|ночью|вночі|уночі|night|overnight)\s*(?:[—–:-]|\s(?:було|было|there\s+were))"
    r"\s*(?:(?:близько|около|about|around)\s+)?\d"
)
# ("8 ракет Калібр – усі 8 знищено": past a model's name and a dash, all of them, with a verb)
_FIGURE_THEN_VERB = re.compile(
    r"(?:\s+[«\"“]?[^\W\d][\w-]*[»\"”]?(?=\s+[–—]))?"
    rf"[»\"”]?\s*[,:–—]\s*(?:(?:{_FURTHER_WORDS})\s+)?"
    r"(?:(?:усі|всі|все|all|tous|toutes)\s+)?\d\d{0,5}\s+"
)


# "120 drones russes dans la nuit, 78 abattus": a few words of the figure's own, then a comma
# and the figure whose verb follows.
_TOTAL_THEN_DOWNED = re.compile(r"(?:\s+[^\W\d]+(?:'[^\W\d]+)?){0,4}?[»\"”]?\s*,\s*\d\d{0,5}\s+")


# A sentence (or a post after its label) opening with the total the rest is of.
_OPENING_WORDS = re.compile(r"of (?:the|these|those) \d|sur [lc]es \d|из \d|з \d|із \d")
@lru_cache(maxsize=64)  # asked once per figure: the same sentence comes back
def _opening_comma(text: str) -> int:
    opening = _OPENING_TOTAL.match(text) if _OPENING_WORDS.search(text) else None
    return opening.end() - 1 if opening else -1


_OPENING_TOTAL = re.compile(
    r"\W*(?:[^:,.;]{0,60}:\s*){0,2}?(?:of\s+(?:the|these|those)|out\s+of\s+the|sur\s+[lc]es|из|з|із)"
    r"\s+\d[^,;.–—]*,"
)


# "326 drones were launched, with 288 drones destroyed": the phrase after "with" has its
# own participle; the verb before it is not its figure's.
_WITH_PHRASE = re.compile(r"\s*,\s*(?:with|avec)\s+(?:(?:about|around|some|environ)\s+)?")
# "164 drones, 140 of which were shot down, and 3 missiles", "2 missiles, qui n'ont pas été
# interceptés, ainsi que 47 drones": a relative clause closed by ", and", the figure after it
# is the fellow of the count before the clause; the clause's verb is not its own.
_AND_THEN = r",\s+(?:and|et|та|і|й|и|ainsi\s+que|as\s+well\s+as|а\s+також|а\s+также)\s+\Z"
_CLAUSE_AND = re.compile(_AND_THEN)
_RELATIVE_CLOSED = re.compile(
    r"(?:\d+\s+of\s+(?:which|them)|(?:dont|з\s+яких|з\s+них|із\s+них|из\s+которых|из\s+них)\s+\d+"
    r"|,\s*(?:which|qui|яку|які|яка|який|которую|которая|которые|который)\s)"
    rf"[^,;:.\d]{{0,60}}{_AND_THEN}"
)


# "300 drones et 20 missiles lancés, 250 drones et 15 missiles abattus": a participle closing
# the count before the comma is that count's, when the figure after the comma has its own verb
# later in its clause.
_JUST_A_COMMA = re.compile(r"\s*,\s*")
_CLAUSE_BREAK = re.compile(r"[,;:.()«»\"“”–—]")


_SUBORDINATE = re.compile(
    r",\s+(?:after|before|when|while|since|après\s+que|alors\s+que|lorsque|quand"
    r"|після\s+того\s+як|после\s+того\s+как)\s"
)


_ALL_OF_THEM_CLAUSE = re.compile(
    r",\s*(?:все\s+они|всі\s+вони|усі\s+вони|all\s+of\s+(?:them|which))\s+(?:[^\W\d]+\s+){0,2}$"
)


def _nearest_role(
    cues: list[tuple[int, int, str]], start: int, end: int, text: str = ""
) -> str | None:
    """The role of the verb nearest to a figure; a verb past a ';' is much further away."""
    best: str | None = None
    best_distance = 10**9
    best_owned = False  # whether the nearest verb is a later figure's ("120 drones, 78 downed")
    figure_then: int | None = None  # where a figure after this one ends ("100 дронів, 71 ")
    total_then: int | None = None  # the same, a few words of the figure's own between
    opening_comma: int | None = None  # the comma after an opening total ("Of the 612 ...,")
    bracketed = "(" in text
    relative_from: int | None = None  # where a relative clause closed just before it starts
    for cue_start, cue_end, role in cues:
        owned = False
        if cue_end <= start:
            distance = start - cue_end + 500 * text.count(";", max(cue_end, 0), start)
            if (
                bracketed
                and cue_start > 0
                and ")" in text[cue_end:start]
                and text.rfind("(", 0, cue_start) > text.rfind(")", 0, cue_start)
            ):
                # "Збито 200 дронів (ще 9 локаційно втрачено), а також 6 Х-101": a verb
                # within brackets closed before the figure is the aside's own.
                distance += 200
            if opening_comma is None:
                opening_comma = _opening_comma(text)
            if cue_end <= opening_comma < start:
                # "Of the 612 drones and 46 missiles launched, 568 drones and 41 missiles were
                # shot down": the opening's verb is the total's, not the figures' after it.
                distance += 200
            if role == "launched" and _WITH_PHRASE.fullmatch(text, cue_end, start):
                distance += 100
            elif (
                role != "neutral"
                and _JUST_A_COMMA.fullmatch(text, cue_end, start)
                and any(
                    later >= end and kind != "neutral"
                    and not _CLAUSE_BREAK.search(text, end, later)
                    for later, _e, kind in cues
                )
            ):
                distance += 100
            if relative_from is None:
                closed = _CLAUSE_AND.search(text, max(0, start - 16), start) and (
                    _RELATIVE_CLOSED.search(text, max(0, start - 100), start)
                )
                relative_from = closed.start() if closed else 10**9
            if relative_from < cue_start and role != "launched":
                role, owned = "destroyed", True  # read as a total, as the one before it
        elif cue_start >= end:
            distance = cue_start - end + 1 + 500 * text.count(";", end, cue_start)
            # "атакувала Україну 87 дронами: збили 59", "..., сбито 131": a verb after the
            # figure with a figure of its own is not this figure's verb.
            if text[cue_end : cue_end + 1] in (" ", "/") and (
                text[cue_end + 1 : cue_end + 2].isdigit() or _OWN_FIGURE_AFTER.match(text, cue_end)
            ):
                distance += 100
                # ("ночью 119 дронов, сбиты 97": with no verb of its own, the total that came)
                # ("595 дронів і 48 ракет — ...; знешкоджено 566 і 43 відповідно": its own
                # figures, one for each weapon)
                owned = (
                    role == "destroyed"
                    and ("," in text[end:cue_start] or ";" in text[end:cue_start])
                    and (
                        _OWN_FIGURE_ENDS.match(text, cue_end) is not None
                        or _OWN_FIGURES_RESPECTIVELY.match(text, cue_end) is not None
                    )
                )
            # "intercepted 17 drones on Thursday, after Ukraine fired at targets": a clause of
            # its own, with its own subject.
            if "," in text[end:cue_start] and (
                _SUBORDINATE.search(text, end, cue_start)
                # "запустили 48 беспилотников, все они были уничтожены": the verb of a clause
                # whose subject refers back, its figure as many as those (read apart).
                or _ALL_OF_THEM_CLAUSE.search(text, end, cue_start)
            ):
                distance += 100
            # "attacks Ukraine with 145 drones: most intercepted": past a colon right after
            # the figure, a new clause (a headline's second half) with a subject of its own.
            elif text[end : end + 1] == ":" or text[end : end + 2] == " :":
                distance += 100
            # "запустила близько 100 дронів, 71 збито": nor one with a figure just before it.
            else:
                if figure_then is None:
                    then = _FIGURE_THEN_VERB.match(text, end)
                    figure_then = then.end() if then else -1
                if figure_then == cue_start:
                    distance += 100
            if role == "destroyed":
                if total_then is None:
                    then = _TOTAL_THEN_DOWNED.match(text, end)
                    total_then = then.end() if then else -1
                owned = owned or total_then == cue_start
        else:
            distance = 0  # "1 001 сбитом дроне": a participle between number and noun
        if (
            role != "destroyed"  # (a neutral one too: "missiles supplied by Britain")
            and (_AGENT_AFTER.match(text, cue_end) or _ORIGIN_AFTER.match(text, cue_end))
            and any(e <= cue_start and r != "neutral" for _s, e, r in cues)
        ):
            # A participle with its agent after the sentence's first verb only says who:
            # "abattu six missiles ATACMS tirés par l'Ukraine" (or whence: "fired from").
            distance += 200
        if (
            role == "launched"
            and text[cue_start:cue_end] in _NOUN_CUES
            and _ARTICLE_BEFORE.search(text, max(0, cue_start - 12), cue_start)
        ):
            # "updated its figures for last night's attack: 410 drones were downed": the
            # noun names the attack; a verb of the figure's own is nearer in meaning.
            distance += 20
        if distance < best_distance:
            best, best_distance, best_owned = role, distance, owned
    if best == "destroyed" and best_owned:
        # "Ukraine : 120 drones russes dans la nuit, 78 abattus", "120 дронів, 78 збито": with
        # no verb of its own, the figure before the downed one is the total that came.
        return "launched"
    return best if best != "neutral" else None


_NOUN_WEAPONS: dict[str, str] = {}  # noun -> kind: the same few nouns come back


def _weapon_of(match: re.Match[str]) -> str:
    if "noun" in match.re.groupindex:
        noun = match.group("noun")
        weapon = _NOUN_WEAPONS.get(noun)
        if weapon is None:
            weapon = _weapon_of(_NOUN_KIND.match(noun))  # type: ignore[arg-type]
            if len(_NOUN_WEAPONS) < 10_000:  # bounded, as _CUE_ROLES
                _NOUN_WEAPONS[noun] = weapon
        return weapon
    if match.group("any"):
        return "any"
    return "drone" if match.group("drone") else "missile"


def _postposed(tail: str) -> str:
    next_word = _NEXT_WORD.match(tail)
    if next_word and _POSTPOSED_NATION.match(next_word.group(0)):
        return next_word.group(0)
    return ""


_NATIONS: dict[str, str | None] = {}  # the same few noun phrases come back


def _nation(text: str) -> str | None:
    if text in _NATIONS:
        return _NATIONS[text]
    found = "UA" if _NATION_UA.search(text) else "RU" if _NATION_RU.search(text) else None
    if len(_NATIONS) < 10_000:  # bounded, as _CUE_ROLES
        _NATIONS[text] = found
    return found


# "the largest air attack", "une attaque": a noun, not the verb whose subject attacked.
_NOUN_CUES = frozenset({"attack", "attacks", "barrage", "attaque", "attaques"})
_ARTICLE_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|this|that|its|air|aerial|drone|missile|massive|largest|biggest|heaviest"
    r"|combined|une|cette|la|grande|nouvelle)\s+|l'|d'|'s\s+"
    r"|\b(?<!\d\s)1\s+)$"  # "une attaque", read as "1 attaque"
)


# "по данным ВСУ", "по данным Воздушных сил ВСУ", "according to Kyiv": the side named is the
# source of the count, not the subject that launched.
_SOURCE_BEFORE = re.compile(
    r"(?:по\s+(?:данным|информации|словам|сведениям)|за\s+(?:даними|інформацією|словами)"
    r"|according\s+to|selon|d'après|citing)\s+(?:[^\W\d]+\s+){0,3}?\Z"
)


def _sentence_side(norm: str, cues: list[tuple[int, int, str]]) -> str | None:
    """Who attacked, by the sentence's own words: its subject, else who shot things down."""
    verb = next(
        (
            cue
            for cue in cues
            if cue[2] == "launched"
            and not (
                norm[cue[0] : cue[1]] in _NOUN_CUES
                and _ARTICLE_BEFORE.search(norm, max(0, cue[0] - 12), cue[0])
            )
        ),
        None,
    )
    if verb:
        agent = _AGENT_AFTER.match(norm, verb[1])
        if agent is not None:  # "35 of 49 drones launched by Russia": who launched them
            side = _SUBJECT.match(norm, agent.end())
            if side is not None:
                return "RU" if _IS_RU_SUBJECT.fullmatch(side.group(0)) else "UA"
        elif instrumental := _AGENT_INSTRUMENTAL.match(norm, verb[1]):
            # "о 596 беспилотниках, выпущенных Россией": the agent in the instrumental, no
            # preposition (the subject "ВСУ заявили" only reports it)
            return "UA" if instrumental["ua"] else "RU"
        subject = source_side = None
        for match in _SUBJECT.finditer(norm, 0, verb[0]):
            if match.start() and norm[match.start() - 1].isalnum():
                continue  # inside a longer word
            if match.end() < len(norm) and norm[match.end()].isalnum():
                continue  # "russian drones were launched": an adjective, not the subject
            if subject is not None and norm.startswith("'s ", match.end()):
                continue  # "Russia hit Ukraine's grid, launching ...": the object's owner
            if _SOURCE_BEFORE.search(
                norm, max(0, match.start() - 40), match.start()
            ) and not _ENEMY.fullmatch(match.group(0)):
                # "по данным ВСУ, запущено 117 дронов": who tells the count, the defender
                # ("по данным противника": whose enemy depends on who writes, left as it was)
                source_side = "RU" if _IS_RU_SUBJECT.fullmatch(match.group(0)) else "UA"
                continue
            lowest = max(0, match.start() - 12)
            if not (
                norm[lowest : match.start()].rstrip().endswith(_OBJECT_ENDS)
                and _OBJECT_BEFORE.search(norm, lowest, match.start())
            ):
                subject = match  # "at Ukraine", "sur l'Ukraine" is the target, not the subject
        if (
            subject is not None
            and verb[0] - subject.end() <= 60
            and not norm.startswith(":", subject.end())
            and not norm.startswith(" :", subject.end())
        ):
            side = "RU" if _IS_RU_SUBJECT.fullmatch(subject.group(0)) else "UA"
            if (
                _PASSIVE.search(norm, subject.end(), verb[0] + 1)
                or _SUFFERED.match(norm, verb[0])
                or _SUFFERED_BEFORE.search(norm, subject.end(), verb[0])
                # "L'Ukraine visée par plus de 500 drones": a participle with its agent.
                or (
                    agent is not None
                    and not _NOT_AN_AGENT.match(norm, agent.end())
                    # (not "the enemy attacked by 3 ballistic missiles", translated from
                    # "атакував 3 ракетами": the enemy only attacks, the figure is its means)
                    and not (
                        norm[agent.end() : agent.end() + 1].isdigit()
                        and _ENEMY.fullmatch(subject.group(0))
                    )
                )
            ):
                return _OTHER_SIDE[side]  # "l'Ukraine a été visée par ...": the target
            if any(
                subject.end() <= cue[0] < verb[0] and cue[2] == "destroyed" for cue in cues
            ):
                # "Kiev affirme avoir intercepté 90 % des 230 drones lancés": the subject's
                # verb is the downing, "lancés" only describes the drones: the defender.
                return _OTHER_SIDE[side]
            return side
        if subject is None and (after := _SUBJECT_AFTER_VERB.match(norm, verb[1])):
            # "50 дронів запустила Росія", "выпустила Россия": the subject after its verb
            return "UA" if after["ua"] else "RU"
        if subject is None and source_side is not None:
            return _OTHER_SIDE[source_side]
    if _RU_DEFENDS.search(norm):
        return "UA"
    if _BY_RUSSIA.search(norm):
        return "RU"
    if _UA_DEFENDS.search(norm):
        return "RU"
    return None


def _context_side(norm: str) -> str | None:
    """Who attacked, from a sentence around the figures: who defends, or who is hit."""
    if _RU_DEFENDS.search(norm):
        return "UA"
    if _BY_RUSSIA.search(norm) or _UA_DEFENDS.search(norm):
        return "RU"
    return None


# "In its weekend summary, the heaviest strike came on Friday night": the week's, not ever.
_WITHIN_PERIOD = re.compile(
    r"weekend|weekly|this\s+week|of\s+the\s+week|semaine|тижн|(?<!по)недел|this\s+month|ce\s+mois"
    r"|цього\s+місяця|этого\s+месяца"
)
_EVER = re.compile(
    r"\bever\b|jamais|за\s+весь|за\s+всю|since\s+the\s+(?:start|beginning)|depuis\s+le\s+début"
    r"|since\s+the\s+(?:full-scale\s+)?(?:war|invasion)\s+(?:began|started)"
    # ("наймасованішою на місто від початку повномасштабного вторгнення": "від" as "з")
    r"|(?:з|від)\s+початку|с\s+начала"
)


# "the attack, while heavy, was not a record", "Новый рекорд? Нет.": the text denies a record,
# so words that seemed to claim one (a headline, the channels' "самая массированная") do not.
_RECORD_DENIED = re.compile(
    r"\b(?:was|is)\s+not\s+a\s+record\b|n'(?:est|était)\s+pas\s+un\s+record"
    # "An earlier headline described the attack as a record. It was not: ..."
    r"|\bit\s+(?:was|is)\s+not[:.]"
    # "назвал атаку «рекордной», однако это не так", "called it a record, but it was not":
    # the claim told, then denied.
    r"|(?:однако|но|але|проте)\s*,?\s+(?:это|це)\s+не\s+так\b"
    r"|(?:but|mais)\s+(?:it\s+(?:was|is)\s+not|ce\s+n'(?:est|était)\s+pas\s+le\s+cas)\s*[:.;,]"
    r"|рекорд\w*\?\s+(?:нет|ні)\b|(?:не\s+(?:є|был\w*|став|стала)\s+)рекорд\w*"
    # "hailed as the largest of the war, but it fell well short of the record": not reached.
    r"|\b(?:fell|falls|was)\s+(?:well\s+|far\s+)?short\s+of\s+the\s+record"
    r"|(?:loin|en\s+deçà)\s+du\s+record"
    # "Was it a record? No: ...", "Un record ? Non.": asked, and answered no.
    r"|\brecord\s?\?\s+(?:no|non)\b"
    # "il ne s'agit pas d'un record": not a record, said the French way.
    r"|ne\s+s'agi(?:t|ssait)\s+pas\s+d'un\s+record"
    # "Pas de record, mais on s'en approche", "not a record, but close", "це не рекорд": denied.
    r"|\bpas\s+de\s+(?:nouveau\s+)?record\b|\bnot\s+a\s+(?:new\s+)?record\b"
    r"|(?<!\w)не\s+(?:новий\s+|новый\s+)?рекорд(?:\b|н)"
)


# "Ukraine's largest city", "найбільше — на Сумщину": a place, so no record of the attack,
# unless the war is its yardstick ("the most massive attack on the city since the start of
# the full-scale war"): a record for one city or region is a claim.
_PLACE_AFTER = re.compile(
    r"^\W*(?:[\w']+\W+){0,7}?(?:city|town|ville|місто|город|(?<!атак[уа]\s)(?:на|по)\s+\w+щин[уі]\b)"
)


# "the most for one night since the start of March", "с начала года": measured from the start
# of a month, a season or the year, a period shorter than the war (unlike "з початку війни").
_SINCE_PART_START = re.compile(
    r"(?:з|із|зі|від|с|со)\s+(?:початку|начала)\s+(?:(?:этого|цього|текущего|поточного)\s+)?"
    r"(?:рок|год|місяц|месяц|січн|лют|берез|квіт|травн|червн|липн|серпн|вересн|жовтн|листопад"
    r"|грудн|январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр|осен"
    r"|зим|весн|літ|лет)\w*"
)


def _claims_record(norm: str) -> bool:
    if _WITHIN_PERIOD.search(norm) and not _EVER.search(norm):
        return False
    if ("почат" in norm or "начал" in norm) and _SINCE_PART_START.search(norm):
        if not _EVER.search(_SINCE_PART_START.sub(" ", norm)):
            return False
    for match in _RECORD.finditer(norm):
        if match.start() and norm[match.start() - 1].isalpha():
            continue  # "almost", "enregistré": inside a longer word
        if _NOT_RECORD_BEFORE.search(norm[max(0, match.start() - 40) : match.start()]):
            continue
        after = norm[match.end() : match.end() + 90]
        if _NOT_RECORD_AFTER.search(after) or _EARLIER_ONES.match(after):
            continue
        if _PLACE_AFTER.search(after) and not _EVER.search(after):
            continue
        return True
    return False


# "Here are some of the biggest previous attacks": the earlier ones, ranked, not this one.
_EARLIER_ONES = re.compile(
    r"\s+(?:previous|earlier|prior|past|попередн\w*|предыдущ\w*|прежн\w*)\b"
    r"|\s+(?:attaques|frappes)\s+(?:précédentes|antérieures)"
)


# "a record 7,412 drones in March": a month's total, however large (unlike "since March").
# "Жовтень у цифрах", "October in numbers", "Октябрь в цифрах", "Le mois d'octobre en chiffres":
# a heading over a month's (or a week's) totals.
_PERIOD_IN_FIGURES = re.compile(
    r"\W*(?:(?:le\s+)?mois\s+d'|the\s+)?(?:січ|лют|берез|квіт|трав|черв|лип|серп|верес|жовт|листопад"
    r"|груд|январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр|january"
    r"|february|march|april|may|june|july|august|september|october|november|december|janvier"
    r"|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|тиждень"
    r"|неделя|week|semaine|month|місяць|месяц|mois)\w*\s+(?:\d{4}\s+)?(?:у|в|in|en)\s+"
    r"(?:цифрах|числах|numbers|figures|chiffres)\b"
)
# The peak night of a period's summary, opening its sentence: "The busiest night of the month
# brought 614 drones", "The heaviest single night was July 9", "La nuit la plus intense du mois"
# (not "the largest attack so far", an explainer's record night, as b20-048).
_PERIOD_PEAK = re.compile(
    # ("Russia's busiest night of the week was Wednesday": the attacker's, the same peak)
    r"(?:(?:russia|moscow|the\s+enemy)'s\s+)?(?:the\s+)?(?:busiest|heaviest|biggest|largest|worst|most\s+intense)\s+(?:single\s+)?"
    r"(?:night|day)\b(?!\s+(?:so\s+far|of\s+the\s+war|ever|since))"
    r"|la\s+(?:nuit|journée)\s+la\s+plus\s+(?:intense|chargée|lourde|meurtrière)"
    # ("Найбільш масованою ніччю місяця стала ...": an adjective may come between)
    # ("Наймасованіший удар місяця припав на ніч на 11 червня": the strike, the same peak)
    r"|(?:найбільш\w*(?:\s+масован\w+)?|наймасованіш\w+)\s+(?:атак\w*|ніч\w*|удар\w*)\s+"
    r"(?:місяця|тижня)"
    r"|сам(?:ая|ой|ую|ый|ым|ого)\s+массированн\w+\s+(?:атак\w+|ноч\w+|удар\w*)\s+(?:месяца"
    r"|недели)"
    # ("Найважчою стала ніч на 9 січня": the heaviest, in a week's or a month's review)
    r"|(?:найважч|найтяжч|тяжелейш|(?:самой|самая)\s+тяжел)\w*\s+(?:(?:стала|була|была)\s+)?"
    r"(?:атак\w*|ніч\w*|ноч\w+)"
    # "Самой напряжённой стала ночь на 14 мая", "Наймасованішою стала ніч на 28 серпня": the
    # period's peak, its superlative first.
    r"|(?:самой|самая)\s+\w+\s+(?:стала|была|оказалась)\s+(?:ночь|атака)"
    r"|(?:най\w+|найбільш\s+\w+)\s+(?:стала|була|виявилася)\s+(?:ніч|атака)(?![\w'])"
    # "Больше всего — 260 БПЛА — было сбито в ночь на 14 августа": the most, on one night.
    r"|больше\s+всего|найбільше(?![\w'])|the\s+most(?=\s*[—–(]|\s+\d)|le\s+plus\s+grand\s+nombre"
)
# "Ночь на 28 сентября стала самой напряженной за месяц", "The night of May 3 was the busiest of
# the week": the night named first, then the period's peak it was.
_NIGHT_WAS_PEAK = re.compile(
    r"(?:night|nuit|ніч|ночь)\b[^.;:]{0,40}?\s(?:was|proved|a\s+été|fut|стала|була|виявилася"
    r"|была|оказалась)\s+(?:the\s+|la\s+)?(?:busiest|heaviest|biggest|largest|worst|most\s+\w+"
    r"|plus\s+\w+|най\w+|найбільш\s+\w+|сам\w+\s+\w+)\s+(?:of\s+the\s+|du\s+|de\s+la\s+|за\s+)?"
    r"(?P<period>month|mois|semaine|week|місяц\w*|тиж\w+|месяц\w*|недел\w+)"
)
_NIGHT_WAS_PEAK_HINT = hint(r"was|proved|a\s+été|fut|стала|була|виявилася|была|оказалась")
_MONTH_PEAK = re.compile(r"\sof\s+the\s+month\b|\sdu\s+mois\b|місяця|месяца")
_WEEK_PEAK = re.compile(r"\sof\s+the\s+week\b|\sde\s+la\s+semaine\b|тижня|недели")
_NAMED_MONTH = re.compile(
    r"(?:in|en|у|в|du|le|au|протягом|упродовж|за|підсумки|в\s+течение|итоги)\s+(?:mois\s+d\S*\s*)?"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|fév|avr|mai|jui|aoû|déc|січ|лют|бер"
    r"|кві|тра|чер|лип|сер|вер|жов|лис|гру|янв|фев|мар|апр|ма[йея]|июн|июл|авг|сен|окт|ноя|дек)"
)


# A tally in the present perfect since a season: "have shot down 4,000 Shaheds since spring"
# (not "the biggest strike since spring", which is one attack measured against others).
_SINCE_SEASON = re.compile(
    r"\b(?:have|has)\s+(?:now\s+|already\s+)?(?:been\s+)?(?:shot\s+down|downed|destroyed"
    r"|intercepted|launched|fired)"
    r"\b[^.;]{0,80}?\bsince\s+(?:the\s+)?(?:spring|summer|autumn|fall|winter)\b"
)


_MONTH_ALONE = re.compile(
    r"\bin\s+(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december)\s+alone\b"
)
# "in the past week alone Moscow had launched 114 missiles", "rien que cette semaine", "лише за
# минулий тиждень", "только за последнюю неделю": the week's sum, stressed, even where the
# sentence also names the night ("Russia spent the night proving ..., adding that ...").
_WEEK_ALONE = re.compile(
    r"\b(?:past|last|this)\s+(?:week|(?:seven|7)\s+days)\s+alone\b"
    r"|\brien\s+(?:que|qu'au\s+cours\s+de)\s+(?:cette|la)\s+semaine"
    r"|(?:лише|тільки)\s+за\s+(?:минулий\s+|останній\s+|цей\s+)?тиждень"
    r"|(?:только|лишь)\s+за\s+(?:прошедшую\s+|минувшую\s+|последнюю\s+|эту\s+)?неделю"
)
_ALONE_HINT = hint(r" alone|rien\s+qu|лише\s+за|тільки\s+за|только\s+за|лишь\s+за")


# "between January 1 and 7", "du 1er au 7 janvier", "з 1 по 7 січня": days, not one night.
# (Scanned from the first day's digit, the words that open the span checked behind it.)
_DAY_SPAN = re.compile(
    rf"[0-9]\d?(?:er)?\s+(?:(?:{MONTH_WORDS})\s+)?(?:and|et\s+le|au|to|through|по)\s+"
    rf"(?:(?:{MONTH_WORDS})\s+)?(?P<last>\d{{1,2}})(?![\d:])"
)
_SPAN_OPENS = re.compile(rf"(?:between|entre\s+le|du|from|з|с)\s+(?:(?:{MONTH_WORDS})\s+)?$")
_FIRST_DAY = re.compile(r"\d+")


def _days_spanned(norm: str) -> int:
    """How many days after the first one a span of days named in the sentence ends, else 0."""
    most = 0
    for match in _DAY_SPAN.finditer(norm):
        start = match.start()
        if (start and norm[start - 1].isalnum()) or not _SPAN_OPENS.search(
            norm, max(0, start - 30), start
        ):
            continue
        first = _FIRST_DAY.match(norm, start)
        most = max(most, int(match["last"]) - int(first.group() if first else match["last"]))
    return most


# A rate over a period's nights names no one night, not an attack: "4,870 drones during the
# month, an average of 162 a night", "171 drones par nuit en moyenne", "в середньому 160 дронів
# за ніч", "в среднем по 160 за ночь", "щоночі".
_NIGHTLY_RATE = re.compile(
    r"\d\s+(?:[^\W\d]+\s+){0,2}(?:a|per|each)\s+night\b|\d\s+(?:[^\W\d]+\s+){0,2}par\s+nuit\b"
    r"|(?:в|у)\s+(?:середньому|среднем)\s+(?:по\s+)?\d+\s+(?:[^\W\d]+\s+){0,2}(?:за|на|в)\s+"
    r"(?:ніч|ночь)(?![\w'])"
    # (the rate's words alone, its figure elsewhere in the sentence)
    r"|\b(?:per|a|each|every)\s+night\b|\b(?:par|chaque)\s+nuit\b|кожн\w+\s+ночі|щоночі"
    r"|кажд\w+\s+ночь|еженощно|(?:на|за)\s+(?:одну\s+)?(?:ніч|ночь)\s+(?:у|в)\s+середньому"
    r"|(?:у|в)\s+(?:середньому|среднем)\s+(?:на|за)\s+(?:ніч|ночь)"
    # "у найактивніші ночі — понад 600", "в самые тяжелые ночи", "on the busiest nights": a
    # period's peak nights, none of them named.
    r"|(?:у|в)\s+(?:найбільш\s+|наиболее\s+|сам\w+\s+)?(?:най)?[^\W\d]+(?:іші|ейшие|ые|ие)\s+ноч[іи](?![\w'])"
    r"|\bon\s+the\s+(?:busiest|heaviest|worst|biggest)\s+nights\b"
)
_RATE_HINT = hint(
    r"(?:a|per|each|every|par|chaque)\s+n|середн|средн|кожн\w+\s+ночі|щоночі|кажд\w+\s+ночь"
    r"|еженощно|(?:іші|ейшие|ые|ие)\s+ноч|est\s+nights"
)

def _one_attack(norm: str) -> bool:
    """Whether the sentence names a night or a day of its own (not a nightly rate)."""
    if not _ONE_ATTACK.search(norm):
        return False
    return not _RATE_HINT.search(norm) or bool(_ONE_ATTACK.search(_NIGHTLY_RATE.sub(" ", norm)))


# "Depuis mars, son équipe revendique 143 drones détruits", "З березня ...": a sentence opening
# on the month since which it counts gives that stretch's sum (a day after it is a date).
_SINCE_MONTH_OPENING = re.compile(
    rf"\W*(?:since|depuis|с|з|із|от)\s+(?:(?:early|late|début|fin|la\s+fin\s+de)\s+)?"
    rf"{MONTH_WORDS}(?![\w'])(?!\s+\d)"
)


# "..., максимум — 300 за одну ночь", "..., with a peak of 500 in one night", "..., dont un pic
# de 500 en une nuit": a period's busiest night, told after the period's total.
_PEAK_NIGHT_ASIDE = re.compile(
    r"[,;(]\s*(?:with\s+)?(?:a\s+peak\s+of|peaking\s+at|(?:avec\s+|dont\s+)?un\s+pic\s+(?:de|à)"
    r"|максимум|пик|пік)\s*[—–:-]?\s*\d[\d ]*[^\d,;.()]{0,40}?"
    r"(?:за\s+|в\s+|in\s+|on\s+|en\s+)?(?:одну\s+|one\s+|a\s+single\s+|une\s+(?:seule\s+)?)?"
    r"(?:ніч|ночь|night|nuit)\b[^,;.()]*\)?"
)


def _period_of(norm: str) -> str | None:
    """'week', 'month' or 'war' when the sentence gives a total over such a period."""
    if _SINCE_MONTH_OPENING.match(norm):
        return "month"
    if " alone" in norm and _MONTH_ALONE.search(norm):
        return "month"  # "In July alone Russia launched 6,200 drones — roughly 200 a night"
    if _ALONE_HINT.search(norm) and _WEEK_ALONE.search(norm):
        return "week"
    if _PERIOD_PEAK.match(norm):
        if _MONTH_PEAK.search(norm):
            return "month"  # "The busiest night of the month brought 614 drones": its peak
        if _WEEK_PEAK.search(norm):
            return "week"  # "Russia's busiest night of the week was Wednesday, when ..."
    if _NIGHT_WAS_PEAK_HINT.search(norm) and (peak := _NIGHT_WAS_PEAK.search(norm)):
        return "week" if peak["period"][:1] in "wsтн" else "month"
    one_attack = _one_attack(norm)
    if one_attack and _PEAK_NIGHT_ASIDE.search(norm):
        # "за месяц ... 3000 сбитых дронах, максимум — 300 за одну ночь": the night named is
        # the period's peak, told after its total.
        norm = _PEAK_NIGHT_ASIDE.sub("", norm)
        one_attack = _one_attack(norm)
    if one_attack:
        # "Cette nuit-là n'est pas isolée : sur l'ensemble du mois de juillet, ... 6 297 drones":
        # the night is named in a clause of no figure before the colon, the count is the month's.
        head, colon, tail = norm.partition(": ")
        if (
            colon
            and not _ANY_DIGIT.search(head)
            and not _one_attack(tail)
            and _PERIOD_HINT.search(tail)
        ):
            return _period_of(tail)
        return None  # (but "soit 171 drones par nuit en moyenne": a rate, no one night)
    if weekday_span(norm) >= 2 or _days_spanned(norm) >= 2:
        return "week"  # "з понеділка по суботу росія випустила 1 200 дронів"
    if "since" in norm and _SINCE_SEASON.search(norm):
        return "month"  # "interceptors have downed 4,000 drones since spring"
    if not _PERIOD_HINT.search(norm):
        return None
    for found in _PERIOD.finditer(norm):
        kind = next(name for name, pattern in _PERIOD_KINDS if pattern.fullmatch(found.group(0)))
        if kind in ("war", "year") and _RECORD.search(norm):
            continue  # "a record since the start of the war" is about one attack
        if _RECORD.search(norm, max(0, found.start() - 40), found.start()) and not (
            kind == "month" and _NAMED_MONTH.match(found.group(0))
        ):
            continue  # "the largest attack since November": a comparison, not a total
        return kind
    return None


# A figure quoted with a word or two of its own ("over 70", "about 600"), the noun outside:
# the source's words, read as the figure they give.
_ANY_DIGIT = re.compile(r"\d")
_QUOTED_WORDS = re.compile(r'["“]((?:[^\W\d]+\s+){0,2}\d[\d,.]*)["”](?=\s+[^\W\d])')


# "24 of the missiles, most of them Kh-101 cruise missiles launched from bombers, were
# destroyed", ", pour la plupart des missiles de croisière tirés depuis ...,": the aside says
# what the weapons were; its participle is not the count's verb.
_NO_FIGURE = r"(?:[^,;.\s]|\s(?!\d))*?"
_KINDS_DESCRIBED = re.compile(
    r",\s+(?:(?:most|many|all|some)\s+of\s+them|(?:pour\s+)?la\s+plupart(?:\s+d'entre\s+(?:eux|elles))?"
    r"|mostly|mainly|переважно|здебільшого|в\s+основному|в\s+основном|преимущественно"
    r"|більшість\s+з\s+них|большинство\s+из\s+них)\s"
    rf"{_NO_FIGURE}(?:{_NOUN_FAST}){_NO_FIGURE},(?=\s+\D)"
)
# "neither of the two missiles, both Iskander-M ballistic missiles, was intercepted": the
# pair's kind, not two more (matched before "both" is read as 2).
_BOTH_DESCRIBED = re.compile(
    r",\s+(?:both|tous\s+(?:les\s+)?deux|toutes\s+(?:les\s+)?deux|обидві|обидва|обе|оба)\s"
    rf"{_NO_FIGURE}(?:{_NOUN_FAST}){_NO_FIGURE},(?=\s+\D)"
)
_KINDS_DESCRIBED_HINT = hint(
    r"of\s+them|plupart|mainly|mostly|переважно|здебільшого|основн|преимущественно"
    r"|більшість\s+з\s+них|большинство\s+из\s+них"
)
_MARKS_ASIDE = re.compile(r"\s*\(\s*[!?]+\s*\)")
# "Never before had Russia sent so many drones in a night: 597 of them": 597 drones.
_SO_MANY_OF_THEM = re.compile(
    r"(?P<head>\bso\s+many\s+(?P<noun>[^\W\d]+)\b[^.;:]*:\s*)(?P<num>\d[\d,]*)\s+of\s+them\b"
)

# "une attaque de drones ..., le ministère affirme en avoir abattu 563": the pronoun "en" stands
# for the weapons named before in the sentence; the figure is theirs.
_EN_FIGURE = re.compile(
    # (not over "confondus": "96 armes aériennes, drones ... confondus, ... en avoir neutralisé")
    r"(?P<head>\b(?P<noun>drones|missiles)\b(?:(?!confondu|[.;:]).)*?"
    r"\ben\s+(?:avoir|a|ont|avait|avaient|aurait"
    r"|auraient)\s+(?:été\s+)?(?:abattu|intercepté|détruit|neutralisé)s?\s+)"
    r"(?P<num>\d+(?:\s\d{3})*)(?![\d%]|\s+(?:[^\W\d]+\s+)?(?:drones|missiles|engins|appareils))"
    # (not "315 drones et sept missiles ... en avoir abattu 277 et deux respectivement": the
    # figures of each weapon, in turn)
    r"(?!\s+et\s+\d|[^.;]*respectivement)"
)


def _figures(
    norm: str,
    lang: str | Callable[[], str],
    context_side: Callable[[], str | None],
    carried_role: Callable[[], str | None] | None = None,
    carried_weapon: str | None = None,
    carried_weapons: tuple[str, ...] = (),
    cyrillic: bool = True,
) -> tuple[list[_Figure], str | None]:
    """Every count of a sentence with its role, and the role of the sentence's last verb.

    Figures without a role are dropped.

    `context_side`: who attacked when the sentence itself does not say (asked only then).
    `carried_role`: gives the role of the previous sentence's last verb (asked only when
    needed), for a sentence that goes on
    with its list ("А також 168 ударними БпЛА ...", "And 11 missiles."), or for a list line
    without a verb ("Kh-101 cruise missiles: 6.").
    `carried_weapons`: the weapons of the previous sentence in order, for "respectively".
    `cyrillic`: False when the document has no Cyrillic letter (so no Cyrillic number word).
    """
    if (", both " in norm or " deux " in norm or ", об" in norm) and _BOTH_DESCRIBED.search(norm):
        norm = _BOTH_DESCRIBED.sub(",", norm)
    text = digitise(norm, lang, spaced=True, cyrillic=cyrillic)
    if text[:1] >= "\u2190" and (bullet := _SYMBOL_BULLET.match(text)):
        text = text[bullet.end() :]  # "🚀 35 missiles: ...": a line's symbol, not its words
    if " or so " in text:
        text = _OR_SO.sub(r"\1", text)  # "350 or so were taken down": about 350, read as 350
    if "(!" in text or "(?" in text:
        text = _MARKS_ASIDE.sub("", text)  # "launched 653 (!!) drones": a writer's marks
    if "so many" in text and ": " in text:
        text = _SO_MANY_OF_THEM.sub(r"\g<head>\g<num> \g<noun>", text)
    if " en " in text and not ("drone" in text and "missile" in text) and _EN_FIGURE.search(text):
        # (both kinds named: "en" may stand for either, or for both)
        text = _EN_FIGURE.sub(r"\g<head>\g<num> \g<noun>", text)
    if ('"' in text or "“" in text) and _QUOTED_WORDS.search(text):
        text = _QUOTED_WORDS.sub(r" \1 ", text)  # 'destroyed "over 70" drones': over 70
    if (  # what _REVISED_ASIDE needs, as plain text: most sentences have none of it
        "revis" in text
        or "revu" in text
        or "corrig" in text
        or "уточнен" in text
        or "переглянут" in text
    ):
        text = _REVISED_ASIDE.sub(r"\g<num>\g<noun>", text)
    if _KINDS_DESCRIBED_HINT.search(text):
        text = _KINDS_DESCRIBED.sub(",", text)
    if (
        (";" in text or ", but " in text or ", mais " in text
         or ", але " in text or ", но " in text)
        and _RAISED_TO_HINT.search(text)
        and _FIGURE_RAISED_AFTER.search(text)
    ):
        text = _FIGURE_RAISED_AFTER.sub(r"\g<num>\g<before>", text)
    if "number of" in text and _NUMBER_WAS.search(text):
        text = _NUMBER_WAS.sub(_number_first, text)
    if (" —" in text or " –" in text or ": " in text) and (
        "кількіст" in text or "количеств" in text or "number of" in text or "nombre de" in text
    ):
        text = _NUMBER_OF_THEN_FIGURE.sub(r"\g<num> \g<words>\g<noun>", text)
    if "number of" in text and ("unchanged" in text or "the same" in text):
        text = _NUMBER_UNCHANGED.sub(_number_first, text)
    if (" tally " in text or " count " in text or " figure " in text) and (
        " was " in text or " stood " in text
    ):
        text = _WEAPON_TALLY.sub(r"\2 \1s", text)
    if "put " in text and _PUT_AT.search(text):
        text = _PUT_AT.sub(_number_first, text)
    if " and " in text and "missile" in text:
        text = _TWO_KINDS.sub(r"\1-", text)  # "43 cruise and ballistic missiles": one count
    if "ракет" in text:
        text = _TWO_KINDS_CYRILLIC.sub(r"\1-", text)  # "29 крилатих і балістичних ракет"
    if ("ракет" in text or "missile" in text) and _MISSILE_KIND_HINT.search(text):
        text = _SHARED_NOUN.sub(_noun_shared, text)  # "14 балістичних та 16 крилатих ракет"
        text = _KIND_ALONE.sub(_kind_with_noun, text)
    if (" було " in text or " было " in text) and _NOUN_WAS_FIGURE.search(text):
        text = _NOUN_WAS_FIGURE.sub(r"launched \g<num> \g<noun>", text)
    if text[:1].isdigit() and ("nombre" in text or "number" in text):
        text = _FIGURE_FIRST.sub(r"\1 ", text, count=1)  # "112 : c'est le nombre de drones ..."
    if ":" in text and _COLON_FIGURE.search(text):
        text = _LABEL_ROW.sub(_label_on_figure, text)  # "drones: 212 launched - 188 downed"
    if " 1 " in text:
        text = _IS_A.sub(r"\1 a ", text)  # "le Kinjal est un missile": a kind, not a count
    if (
        "missile" in text or "kh-" in text or "kinzhal" in text or "iskander" in text
        or "kalibr" in text or "zircon" in text
    ) and _HAS_DIGIT.search(text):
        text = _ONE_MISSILE.sub(r"\1 1 ", text)
        if "qu'un" in text or "d'un" in text:
            text = _QU_UN_MISSILE.sub(r"\1 1 ", text)
    if "single" in text and "missile" in text:
        text = _A_SINGLE_MISSILE.sub(" 1 ", text)
    if ("missile " in text and (
        "missile fired" in text
        or "missile launched" in text
        or "missile and " in text
        or "missile along " in text
    )) or ("fired a" in text and "missile" in text):
        text = _A_MISSILE_FIRED.sub(" 1 ", text)
    if (" was " in text and ("was shot" in text or "was inter" in text or "was d" in text)) or (
        "missile" in text and (" a été " in text or " aussi été " in text)
    ):
        text = _ONE_WAS_DOWNED.sub(r"\1\2 1 ", text)
    if _NONE_HINT.search(text):
        text = _NONE.sub(_zero, text)
    if "engins" in text or "appareils" in text:
        text = _engins(text)
    if cyrillic and _PARTICIPLE_PLACE.search(text):
        text = _PARTICIPLE_PLACE.sub(_place_after_noun, text)
    cues = _cues(text)
    if "count" in text:  # "the air force had counted 1,204 drones", "its count: 823 drones"
        counted = [(m.start(), m.end(), "launched") for m in _COUNTED.finditer(text)]
        cues = sorted(cues + counted) if counted else cues
    own_role = next((cue[2] for cue in reversed(cues) if cue[2] != "neutral"), None)
    about = None
    if carried_role is not None and (
        # ("61 ont été abattus. En outre, deux missiles ... ont été tirés": its own verb says)
        (_CONTINUES.match(text) and own_role is None)
        or (not cues and _RESTATED.match(text))
        or (
            not cues
            and _MAY_LABEL(text)
            and (_NOUN_FIRST.search(text) or _LABELLED_LIST.match(text))
        )
    ):
        role = carried_role()
        if role is None and not cues and _LABELLED_LIST.match(text):
            # "Ракети: три «Кинджали» та вісім Х-101." opening a summary, no verb before it:
            # what came, the downed told after it.
            role = "launched"
        if role is not None:
            cues.insert(0, (-1, 0, role))
            own_role = own_role or role  # the list goes on for the next line
    elif (
        carried_role is not None
        and not cues
        and (text[:1].isdigit() or (about := _ABOUT_OPENING.match(text)) is not None)
        and not text.startswith("1 ")  # "Un drone ukrainien s'est écrasé": an article
        and _MENTION.match(text, about.end() if about else 0)
    ):
        # "Цієї ночі росіяни знову били по наших містах. 37 ракет ... і 400 дронів.": the
        # counts of the launch told just before, in a sentence of their own.
        if carried_role() == "launched":
            cues.insert(0, (-1, 0, "launched"))
            own_role = own_role or "launched"  # "Понад 450 дронів. І ще 32 ракети."
    elif (
        carried_role is not None
        and not cues
        and (kinds := _KINDS_OPENING.match(text)) is not None
        and _MENTION.match(text, kinds.end())
        and len({_weapon_of(mention) for mention in _MENTION.finditer(text)}) > 1
        and carried_role() == "launched"
    ):
        # (both kinds named: "Из них 26 беспилотников над Ростовской областью" is a part)
        cues.insert(0, (-1, 0, "launched"))
        if kinds["part"]:
            text = " " * kinds.end() + text[kinds.end() :]  # "з них": not a part of one kind
    if not cues and _ENEMY_FROM.search(text):
        cues = [(-1, 0, "launched")]  # "101 enemy UAVs (Shahed, decoys) from Kursk, Oryol"
    elif not cues and text[:1].isdigit() and _NUMBERED_COUNT.match(text):
        cues = [(-1, 0, "launched")]
    elif not cues and _NIGHT_THEN_COUNT.match(text):
        cues = [(-1, 0, "launched")]
    elif not cues and ":" in text and _SOURCE_COLON.match(text):
        cues = [(-1, 0, "launched")]
        own_role = "launched"  # ("🛩 101 шахед" on the next line: the list goes on)
    elif ":" in text and (night := _NIGHT_COLON.match(text)):
        if not cues:
            cues = [(-1, 0, "launched")]
        elif cues[0][0] > night.end():
            cues.insert(0, (night.end(), night.end(), "launched"))  # the label's own count
    elif not cues and "décompte" in text and _BY_THE_COUNT.search(text):
        cues = [(-1, 0, "launched")]

    if not cues and not _REVISION_HINT.search(text):
        return [], own_role  # (a revision needs no verb: "revised the number of drones to 477")
    if (
        not _HAS_DIGIT.search(text)
        and "ракет" not in text
        and not _APPROX_HINT.search(text)
        and not _may_be_unspecified(text)
    ):
        # No figure to read (no digit, number word or approximate count), but maybe a zero.
        if _NOT_DOWNED_HINT.search(text) and _denials(text):
            return _not_downed(text, [], _sentence_side(text, cues) or context_side())[1], own_role
        # "Все беспилотники были уничтожены" after their count: as many as were launched.
        every = (
            own_role == "destroyed"
            and carried_weapons
            and _ALL_HINT.search(text)
            and _ALL_DOWNED.search(text)
        )
        if every and _weapon_of(every) in carried_weapons:
            side = _sentence_side(text, cues) or context_side()
            return _every_destroyed([], _weapon_of(every), side), own_role
        if (
            own_role == "destroyed"
            and carried_weapons
            and _ALL_HINT.search(text)
            and _ALL_OF_THEM.search(text)
        ):
            # "ВСУ выпустили шесть ракет и 17 беспилотников. ... все они были перехвачены":
            # every weapon the sentence before counted, as many destroyed as launched.
            side = _sentence_side(text, cues) or context_side()
            downed: list[_Figure] = []
            for weapon in carried_weapons:
                downed = _every_destroyed(downed, weapon, side)
            return downed, own_role
        return [], own_role
    side = _sentence_side(text, cues) or context_side()
    # One scan for the four hints read below: most sentences have none of them.
    late_hint = _LATE_HINTS.search(text) is not None
    figures: list[_Figure] = []
    taken: list[tuple[int, int]] = []
    last_weapon: str | None = carried_weapon
    last_attacker: str | None = None
    previous: tuple[int, str, str | None] | None = None  # end, weapon, role of the last mention
    listed: list[tuple[int, str]] = []  # start, weapon of each figure read, for "respectively"
    parts_from: int | None = None  # end of a part ("dont 39 ..."): the list of parts goes on
    out_of_end: int | None = None  # end of a total after "out of" ("out of 439 drones")
    whole: tuple[str, str | None] | None = None  # weapon, role of the total an "including" split
    over_places = " over " in text or "над " in text or "dessus" in text
    most_where = over_places and ("всего" in text or "всього" in text or "найбільше" in text)
    # "Окрім «Іскандерів», ворог застосував 6 крилатих ракет": more missiles, of another kind.
    besides_match = text.startswith(_BESIDES_WORDS) and _BESIDES.match(text)
    named = besides_match and _NOUN_KIND.search(besides_match.group(0))
    besides = _weapon_of(named) if named else None
    # "Крім того, ворог застосував 18 крилатих ракет" after the ballistic ones: more, of a kind.
    moreover = text.startswith(_MOREOVER_WORDS) and _MOREOVER.match(text) is not None
    relative = "which" in text or "qui " in text or "які" in text or "котор" in text
    # "Of the missiles - three Iskander-M and a Kh-59 - one was intercepted": the kinds between
    # the dashes say what the missiles were, not how many were downed.
    dashed = " - " in text or "—" in text or "–" in text
    kinds_aside = _KINDS_ASIDE.match(text) if dashed and text[:1] in "osзіи" else None

    added = "added to" in text or "ajouté" in text
    for match in _MENTION.finditer(text):
        start, end = match.start(), match.end()
        if not _clean_start(text, start):
            continue
        weapon = _weapon_of(match)
        tail = text[end : end + 40]
        if weapon != "any" and _AND_THE_OTHER[weapon].match(tail):
            weapon = "any"  # "537 drones and missiles": one combined count
        if weapon == "drone" and _NOT_A_COUNT_AFTER.match(tail):
            continue
        if " alone" in tail and _PLACE_ALONE.match(tail):
            continue  # "19 drones had targeted the city alone": one place's share, no total
        if weapon == "drone" and _RECON.search(match.group(0) + tail[:24]):
            continue  # "12 розвідувальних безпілотників «Орлан»": not strike drones
        if weapon == "missile" and (
            _NOT_MISSILES_AFTER.match(tail)
            or (end - start > 16 and _INTERCEPTOR.search(match.group("mid")))
        ):
            taken.append((start, end))  # nor a missile named without a numeral
            continue
        if _RATE_AFTER.match(tail):
            continue
        if added and _ADDED_AFTER.match(text, end):
            taken.append((start, end))  # "after five missiles ... were added to the count": a part
            continue
        if tail[:1] == " " and _AMONG_THEM_AFTER.match(tail):
            taken.append((start, end))  # "16 of the missiles, all 13 cruise missiles among them"
            continue
        if previous and _IN_BRACKETS.fullmatch(text, previous[0], start):
            # "35 missiles (25 Kh-101, 8 Iskander-M and 2 Kh-59)": the parts, nouns and all.
            taken.append((start, end))
            continue
        if kinds_aside and kinds_aside.start("kinds") <= start < kinds_aside.end():
            taken.append((start, end))
            continue
        if over_places and _REGION_PART_AFTER.match(text, end):
            # "21 беспилотник сбит над Брянской областью, 14 – над Курской": the first part.
            taken.append((start, end))
            previous, parts_from = (end, weapon, None), end
            continue
        if (
            weapon == "missile"
            and text[max(0, start - 12) : start].rstrip().endswith(_INSTRUMENT_ENDS)
            and _INSTRUMENT.search(text, max(0, start - 40), start)
        ):
            continue  # "abattu avec un missile": the interceptor, not what was shot down
        taken.append((start, end))
        # Without the number (no nation word starts in it): phrases then repeat.
        attacker = _nation(text[match.end("num") : end] + _postposed(tail)) or side
        last_weapon, last_attacker = weapon, attacker
        before = text[max(0, start - 40) : start]
        value: int | None = int(match.group("num"))
        gap = text[previous[0] : start] if previous else ""
        role: str | None
        # One scan tells whether any of the three patterns below may match: most do not.
        before_hint = _BEFORE_HINTS.search(before) is not None
        if (
            before_hint
            and previous
            and previous[1] == "any"
            and weapon != "any"
            and (
                _INCLUDING.search(before)
                # "242 засоби повітряного нападу, з них 36 ракет": the split, as above
                or (_PART_OF.search(before) and not _destroy_follows(text, end))
            )
        ):
            role = previous[2]  # "499 aerial weapons, including 479 drones": the split
        elif previous and weapon == previous[1] and "of them" in gap and _PARTS_BEGUN.match(gap):
            # "nine missiles, seven of them Iskander-M missiles and two Kh-22 missiles": the
            # parts of the nine, begun by "seven of them", not more missiles
            previous = (end, weapon, None)
            parts_from = end
            continue
        elif previous and previous[0] == out_of_end and _LIST_GAP.fullmatch(gap):
            # "downed 415 drones and 28 missiles out of 439 drones and 37 missiles launched by
            # Russia": the list of totals goes on, its participle no verb of the figure's own.
            role = "launched"
            out_of_end = end
        elif previous and _LIST_GAP.fullmatch(gap) and not _verb_right_after(cues, end, text):
            role = previous[2]  # "shot down 268 drones and two missiles": one verb for the list
            if role is None and whole and whole[0] not in (weapon, "any") and gap[:1] == ",":
                # "shot down 38 missiles, including all 35 Kh-101s, and 385 drones": the aside
                # closed, another weapon goes on with the total's verb.
                role = whole[1]
        elif (
            parts_from is not None
            and previous is not None
            and weapon == previous[1]
            and not _verb_between(cues, parts_from, start, text)
        ):
            previous = (end, weapon, None)  # "dont 39 missiles de croisière et 12 balistiques"
            continue
        elif before_hint and _INCLUDING.search(before):
            if not (_AMONG_THEM.search(before) and _destroy_follows(text, end)):
                whole = previous[1:] if previous else None
                previous = (end, weapon, None)
                parts_from = end
                continue
            role = "destroyed"
        elif before_hint and (_PART_OF.search(before) or _PART_OF_A_PLACE.search(before)):
            # A part of a total, unless the part is what was shot down ("of which 30 were...")
            # ("dont 304 drones et neuf missiles ont été détruits": the verb after the list.)
            if not _destroy_follows(text, end) or (
                _nearest_role(cues, start, end) != "destroyed"
                and _first_role_after(cues, end, text) != "destroyed"
            ):
                previous = (end, weapon, None)
                parts_from = end
                continue
            role = "destroyed"
        elif (
            before_hint
            and _COMPARED.search(before, max(0, len(before) - 32))
            and not _BOUND_THAN.search(before)
            and not (_SIDE_BY_SIDE.search(before) and not _THEN_TIME.match(text, end))
        ):
            previous = (end, weapon, None)
            continue
        elif before.rstrip().endswith(_OUT_OF_ENDS) and _OUT_OF.search(
            before, max(0, len(before) - 24)
        ):
            role = "launched"
            out_of_end = end
        else:
            role = _nearest_role(cues, start, end, text)
            own_verb = False
            if text.startswith(_AUXILIARIES, end):
                # "..., et 233 drones ont été « perdus localement »": the figure's own verb.
                own = _OWN_VERB.match(text, end)
                at = own and (own.end(), own.start("adverb"))
                verb = own and next((cue for cue in cues if cue[0] in at), None)
                if verb:
                    role = verb[2] if verb[2] != "neutral" else None
                    own_verb = True
            if role == "destroyed" and "," in text[max(0, start - 40) : start]:
                role = _own_participle(text, cues, start, end) or role
            if (
                role == "launched"
                and _ALL_OF.search(text, 0, start)
                and _role_just_before(cues, start) == "destroyed"
            ):
                role = "destroyed"  # "shot down all 38 drones launched": the verb before owns it
            elif (
                role == "launched"
                and _ALL_OF.search(text, 0, start)
                and _FIRED_THEN_DOWNED.match(text, end)
            ):
                role = "destroyed"  # "all 18 missiles fired overnight were shot down": downed
            if (
                role == "destroyed"
                # ("126 drones ont été abattus, dont 41 au-dessus de ...": parts of the downed)
                and not own_verb
                and (_PART_FOLLOWS.match(text, end) or _part_before_verb(text, cues, end))
                # ("112 «перехоплених» дронів, з них 40 — над ...": its own participle)
                and not any(start < cue[0] < end and cue[2] == "destroyed" for cue in cues)
            ):
                # The total, then its part: launched, unless the verb before governs it.
                role = _total_role(text, cues, start, _part_before_verb(text, cues, end))
        none_downed = ("(" in tail or "," in tail) and _NONE_DOWNED_AFTER.match(text, end)
        if none_downed:
            # "3 missiles (aucun intercepté)": the total, and the bracket's verb is read.
            cues = [cue for cue in cues if not none_downed.start() <= cue[0] < none_downed.end()]
            if role == "destroyed":
                role = _total_role(text, cues, start)
        previous = (end, weapon, role)
        if role is None:
            continue
        if _STRUCK_AFTER.match(text, end):
            # "One ballistic missile struck an industrial site": a hit, not the attack; and
            # "49 drones were downed; both missiles hit the region": not downed either.
            continue
        bound = _inexact(text, start)
        if bound:
            value = None
        kind = ""
        # "Крім того, ... 18 крилатих ракет": more, if the figure before was of another kind.
        kinds_before = bool(
            moreover and weapon == "missile" and _MISSILE_KIND.search(match.group("mid"))
        )
        if role == "launched" and value and (
            ("also" in before and _ALSO_LAUNCHED.search(before))
            or besides == weapon
            or kinds_before
        ):
            kind = match.group("mid").strip()  # "also fired 19 ballistic missiles": "ballistic"
        figures.append(
            _Figure(
                attacker, weapon, role, value, bound=bound, at=start, end=end, also_kind=kind,
                kinds_before=kinds_before,
            )
        )
        if none_downed and role != "destroyed":
            figures.append(_Figure(attacker, weapon, "destroyed", 0))
        elif role == "launched" and value and relative and _downed_after(text, end):
            # "un missile de croisière Kh-101, qui a été abattu": as many downed as launched.
            figures.append(_Figure(attacker, weapon, "destroyed", value))
        listed.append((start, weapon))
        if (
            role == "destroyed"
            and value is not None
            and _ALL_OF.search(text, 0, start)
            # ("fired 18 Kalibr missiles, and all 18 missiles were destroyed": told already)
            and not any(
                f.weapon == weapon and f.role == "launched" and f.value == value for f in figures
            )
        ):
            # "downs all 12 drones launched": as many launched as destroyed.
            figures.append(_Figure(attacker, weapon, "launched", value))
        after = _OUT_OF_AFTER.match(text, end)
        if after and role == "destroyed" and not _MENTION.match(text, after.start(1)):
            # (not "371 дрон і 17 ракет із 412 дронів та 23 ракет": those name their own
            # weapons, and are read as launched where they stand)
            figures.append(_Figure(attacker, weapon, "launched", int(after.group(1))))
            taken.append((after.start(1), after.end(1)))

    label_numbers = _LABEL_NUMBER.finditer(text) if _MAY_LABEL(text) else ()
    row_launched = False  # a row's figure read as launched past its downed aside
    after_label = 0
    for label in label_numbers:
        # The noun comes at most a few words before its figure, after the previous figure.
        lowest = max(after_label, label.start() - 90)
        after_label = label.end()
        match = _NOUN_FIRST.search(text, max(0, lowest), label.end() + 7)
        if match is not None and match.start("num") == label.end() - 1:
            start, end = match.start("num"), match.end("num")
            if not _free_at(text, start, taken):
                continue
            # "Запущено БпЛА: 502 / збито: 430": the label's own verb, else the nearest one.
            label_start = max(text.rfind("/", 0, start), text.rfind(";", 0, start), 0)
            role = _role_just_before(
                [cue for cue in cues if cue[0] >= label_start], start
            ) or _nearest_role(cues, start, end, text)
            if (
                role == "destroyed"
                and not any(label_start <= cue[0] < start for cue in cues)
                and _DOWNED_ASIDE_AFTER.match(text, end)
            ):
                role = "launched"  # "БпЛА — 76 (збито 54)": the row's figure, its downed aside
                row_launched = True
            elif role is None and _NOT_DOWNED_ASIDE_AFTER.match(text, end):
                role = "launched"  # "Х-59/69 — 2 шт. (не збито)": the row's figure, none downed
            taken.append((match.start(), end))
            if role is None:
                continue
            if most_where and _MOST_OVER.search(text, max(0, match.start() - 30), match.start()):
                continue  # "больше всего БПЛА – 21 – над Белгородской областью": one region's
            opened = text.rfind("(", 0, start)
            if opened > text.rfind(")", 0, start) and any(
                e <= opened and not text[e:opened].strip() for _s, e in taken
            ):
                continue  # "52 ракети (КР Х-101 — 40, БР Іскандер-М — 12)": the parts
            weapon = _weapon_of(match)
            attacker = _nation(match.group(0)) or side
            value, bound = _figure_or_bound(text, start, match["num"])
            # (where it stands: "48 ракет — «Искандер-М» — 9, ..., Х-101 — 17" heads its rows)
            figures.append(_Figure(attacker, weapon, role, value, bound=bound, at=start, end=end))
            listed.append((start, weapon))
    if late_hint and figures and ("another" in text or "further" in text or _more_words(text)
                                  or "addition to" in text or "en plus d" in text):
        _more_of_the_same(text, cues, figures, taken)
    if late_hint and _REVISION_HINT.search(text):
        figures.extend(_revised(text, cues, taken, side))
    if _may_be_unspecified(text):
        for match in _UNSPECIFIED.finditer(text):
            # "sans préciser le nombre de drones lancés": the noun's own participle says which.
            own = next((cue for cue in cues if cue[0] == match.end() + 1), None)
            role = own[2] if own else _nearest_role(cues, match.start(), match.end(), text)
            if role == "neutral":
                role = None
            if role is not None:
                figures.append(_Figure(side, _weapon_of(match), role, None))
    if late_hint and _APPROX_HINT.search(text):
        for match in _APPROX_COUNT.finditer(text):
            start, end = match.start(), match.end()
            if not _free_at(text, start, taken):
                continue
            taken.append((start, end))
            role = _nearest_role(cues, start, end, text)
            if role is None:
                continue
            if role == "launched" and (
                _PART_OF.search(text, max(0, start - 40), start)
                or _INCLUDING.search(text, max(0, start - 40), start)
            ):
                continue  # "146 drones, dont une centaine de type Shahed": a part, uncounted
            attacker = _nation(match.group(0) + _postposed(text[end : end + 40])) or side
            figures.append(_Figure(attacker, _weapon_of(match), role, None, approx=True))
            # "une quarantaine de drones ..., en avoir abattu ou brouillé 31": named for the
            # bare figures after it.
            listed.append((start, _weapon_of(match)))
            listed.sort()
    if late_hint and _RESPECTIVELY.search(text):
        for match in _PAIR.finditer(text):
            start, end = match.start(), match.end()
            if not _free_at(text, start, taken):
                continue
            weapons: list[str] = []
            for _at, weapon in listed:
                if _at < start and weapon != "any" and weapon not in weapons:
                    weapons.append(weapon)
            if len(weapons) < 2:
                weapons = list(carried_weapons)
            role = _nearest_role(cues, start, end, text)
            if len(weapons) < 2 or role is None:
                continue
            taken.append((start, end))
            for weapon, value in zip(weapons, (match.group(1), match.group(2)), strict=False):
                figures.append(_Figure(last_attacker or side, weapon, role, int(value)))
    elif not listed and len(carried_weapons) == 2 and not _WEAPON_WORD.search(text):
        # "... 254 drones et 9 missiles. La défense en a abattu 221 et 6.": the verb's two
        # figures, one for each weapon the sentence before named, in its order.
        pair = _PAIR.search(text)
        role = pair and next(
            (
                cue[2]
                for cue in cues
                if cue[1] <= pair.start() and _VERB_TO_NUMBER.fullmatch(text, cue[1], pair.start())
            ),
            None,
        )
        if pair and role and role != "neutral" and _clean_start(text, pair.start()):
            taken.append(pair.span())
            for weapon, value in zip(carried_weapons, pair.groups(), strict=True):
                figures.append(_Figure(last_attacker or side, weapon, role, int(value)))

    # Numbers without a weapon noun: "268 were shot down", "268 of the 539 drones". Each such
    # figure is a destroyed count, so a sentence without a destroying verb has none.
    has_destroy = any(cue[2] == "destroyed" for cue in cues)
    sentence_last_weapon = last_weapon
    # A sentence that opens with its total ("Of the 142 drones ...", "Sur les 96 drones ..."):
    # its bare figures are of that weapon, whatever else it names on the way.
    opening = None
    if has_destroy and listed and text[:1] in "osзіи" and (
        (found := _OF_THE_OPENING.match(text)) and found.end() == listed[0][0]
    ):
        opening = listed[0][1]
    elif has_destroy and not listed and (named := _OF_THE_NOUN_OPENING.match(text)):
        opening = _weapon_of(named)  # "Of the drones — the figure for shot down — 277."
    unsaid = (
        _HOW_MANY_UNSAID.search(text)
        if "how many" in text or "combien" in text or "скільки" in text or "сколько" in text
        else None
    )
    for match in _BARE_NUMBER.finditer(text) if has_destroy else ():
        start, end = match.start(), match.end()
        if any(s <= start < e for s, e in taken):
            continue
        # "Sur les 1 046 drones, 967 ont été abattus, ainsi que 49 missiles": the weapon named
        # before the figure, not the last one of the sentence.
        last_weapon = (
            next((weapon for at, weapon in reversed(listed) if at < start), None)
            # "близько сотні «шахедів», близько 70 з них": named, though not counted, before.
            or (_refers_back(text, start, end) and _noun_before(text, start))
            or (
                _weapon_before_named(carried_weapon, carried_weapons, listed[0][1])
                if listed and listed[0][0] > start
                else sentence_last_weapon
            )
        )
        if opening is not None:
            last_weapon = opening  # "Of the 142 drones ... — with two missiles — ... 117"
        elif unsaid is not None and not listed and unsaid.start() > end:
            # "Of these, 385 were shot down, without specifying how many missiles were":
            # the figure is of the other weapon the sentence before counted.
            other = [w for w in carried_weapons if w != _weapon_of(unsaid)]
            if last_weapon == _weapon_of(unsaid) and len(other) == 1:
                last_weapon = other[0]
        elif len(listed) > 1 and (
            joined := next(((at, w) for at, w in listed if at > start), None)
        ):
            # "qui affirme en avoir abattu 284, ainsi que sept missiles": the figure is not of
            # the weapon named after it, but of the other one named before.
            if joined[1] == last_weapon and _AND_ALSO.fullmatch(text, end, joined[0]):
                last_weapon = next(
                    (w for at, w in reversed(listed) if at < start and w != joined[1]),
                    last_weapon,
                )
        if "," in text[max(0, start - 3) : start]:
            of_the = _OF_THE_NOUN_BEFORE.search(text, max(0, start - 40), start)
            if of_the:
                last_weapon = _weapon_of(of_the)
        # ... and its side: "85 drones, 52 of which were downed, Moscow said ... 39 Ukrainian".
        read_before = [f for f in figures if 0 <= f.at < start]
        if read_before:
            last_attacker = read_before[-1].attacker
        if not _clean_start(text, start):
            continue
        if _BARE_TOTAL.match(text, end):
            # "so many drones: the air force counted 653, of which 617 were neutralised".
            weapon = last_weapon if listed and listed[0][0] < start else _noun_before(text, start)
            second_night = weapon is None and _BARE_NIGHT_FIGURE.match(text, 0, start)
            if second_night:
                weapon = last_weapon  # "а в ніч на неділю — 118, з них 22": the night's count
            if weapon is not None:
                role = _total_role(text, cues, start)
                value = int(match["num"])
                # (the second night's is a night's whole count, not a part of the first's)
                bare = not second_night
                figures.append(_Figure(last_attacker or side, weapon, role, value, bare))
            continue
        following = _BARE_OF.match(text, end)
        if following:
            if _INCLUDING.search(text[max(0, start - 40) : start]):
                continue  # "31 intercepted, including 3 of the 8 Kinzhals": a part
            nxt = _MENTION.match(text, following.end())
            after = _first_role_after(cues, nxt.end(), text) if nxt else None
            # "268 des 312 drones lancés ..., ainsi que 5 des 9 missiles tirés": a part of what
            # was launched is what was downed, unless a verb after says what it did.
            if nxt and (after == "destroyed" or (after is None and has_destroy)):
                attacker = _nation(nxt.group(0)) or side
                # (where it stands: "6 з 7 «Іскандерів» ...; «Кинджал» збити не вдалося" denies
                # the one model named after it, not this count)
                part = int(match["num"])
                weapon = _weapon_of(nxt)
                figures.append(_Figure(attacker, weapon, "destroyed", part, at=start, end=end))
            elif (
                nxt is None
                and last_weapon is not None
                and (whole := _BARE_NUMBER.match(text, following.end()))
                and (
                    (role_after := _first_role_after(cues, whole.end(), text)) == "destroyed"
                    # "знешкодили 242 з 270", "downed 242 of the 270": the verb before the part
                    or (role_after is None and _destroyed_just_before(cues, start, text))
                )
            ):
                # "Sixty-eight of the 98 were shot down": a part of the weapon counted before,
                # the whole told again.
                taken.append((whole.start(), whole.end()))
                part = int(match["num"])
                figures.append(_Figure(last_attacker or side, last_weapon, "destroyed", part, True))
            continue
        window = text[end : end + 60]
        named = _OF_THE_WEAPON.match(window)
        if named and over_places and _REGION_PART_AFTER.match(text, end + named.end()):
            # "11 of the drones were downed over Bryansk, 7 over Kursk": a region's part.
            taken.append((start, end))
            continue
        if named and (
            _nearest_role(cues, start, end) == "destroyed"
            # "..., and that 566 of the drones and 26 of the missiles were brought down"
            or _first_role_after(cues, end + named.end(), text) == "destroyed"
        ):
            weapon = _weapon_of(named)
            value, bound = _figure_or_bound(text, start, match["num"])
            figures.append(_Figure(last_attacker or side, weapon, "destroyed", value, bound=bound))
            continue
        if _OF_THEM.match(window) and _destroyed_just_before(cues, start, text):
            # "539 drones and 11 missiles. ... took down 270 of them": of which? Unknown.
            mixed = not listed and len(set(carried_weapons)) > 1
            if last_weapon is not None and not mixed:
                value, bound = _figure_or_bound(text, start, match["num"])
                figures.append(
                    _Figure(last_attacker or side, last_weapon, "destroyed", value, True, bound)
                )
            continue
        if (
            over_places
            and _PART_OVER_A_PLACE.search(text, max(0, start - 80), start)
            and _destroyed_just_before(cues, start, text)
        ):
            taken.append((start, end))
            continue  # "88 ударних дронів, з них над Одещиною сили ППО збили 21": one region's
        if last_weapon is not None and _destroyed_just_before(cues, start, text):
            # "збити або подавити 405", "shot down or suppressed 180;": the verb's object, of
            # the weapons named just before the verb ("з дронів збито 30") or last.
            weapon = _weapon_before_verb(text, cues, start) or last_weapon
            if text.startswith(",", end) and (kind := _ALL_ONE_KIND.match(text, end)):
                weapon = _weapon_of(kind)  # "en a abattu environ 170, tous des drones"
            # "shot down 41 of the drones and EW suppressed a further 19": more of the same
            # weapon, added to it, not a part of a total.
            more = bool(_FURTHER.search(text, max(0, start - 12), start))
            if more and figures:
                weapon = figures[-1].weapon
            figures.append(
                _Figure(last_attacker or side, weapon, "destroyed", int(match["num"]), not more)
            )
            continue
        if (
            not figures
            and last_weapon is not None
            and (
                (
                    _FURTHER.search(text, max(0, start - 12), start)
                    and (
                        _CLAUSE_ENDS.match(text, end)
                        # "С 20:00 до 23:00 перехвачены ещё 31 — над Ростовской ...": a window's
                        # count, its places after a dash (not "еще 15 – над Курской": a part)
                        or (_DASH_AFTER.match(text, end) and _HOURS_WINDOW.search(text, 0, start))
                    )
                )
                # "..., а в ніч на неділю — 118, з них 22 ...", "puis 103 autres dans la nuit
                # de samedi à dimanche": a second night's bare figure, as the first's.
                or (_BARE_NIGHT_FIGURE.match(text, 0, start) and _CLAUSE_ENDS.match(text, end))
                or (_THEN_FIGURE.fullmatch(text, 0, start) and _OTHERS_AT_NIGHT.match(text, end))
            )
        ):
            # "..., а в ночь на воскресенье – еще 67": more of what the sentence before counted.
            role = _nearest_role(cues, start, end, text)
            if role is not None:
                value = int(match["num"])
                figures.append(_Figure(last_attacker or side, last_weapon, role, value))
                continue
        cue = _CUES.search(window)
        if not cue or _cue_role(cue.group(0)) != "destroyed":
            continue
        gap = _SAID_BY.sub(" ", window[: cue.start()])
        more_after = gap.startswith(" more ")  # "57 were shot down and 52 more were suppressed"
        if more_after:
            gap = gap[5:]
        if match["num"] == "0":
            gap = gap.replace(" не ", " ")  # "ни одна из них не была перехвачена": none was
        if not _ELLIPTIC.match(gap) and not (
            # "з яких близько 130 сили ППО збили": who downed them, between figure and verb.
            _SUBJECT_GAP.fullmatch(gap)
            and _OF_WHICH_BEFORE.search(text, max(0, start - 30), start)
        ):
            continue
        weapon_named = _WEAPON_HINT.search(window[: cue.start()])
        weapon = last_weapon
        if weapon_named:
            weapon = "missile" if re.match(_MISSILE, weapon_named.group(0)) else "drone"
        if weapon is None:
            continue
        # "збито 58 БпЛА, ще 31 подавлено": more of them, not the same ones again.
        further = (
            more_after
            or _FURTHER.search(text, max(0, start - 12), start)
            # "296 were shot down and 415 suppressed by EW": the jammed ones are more.
            or (
                cue.group(0)[:3] in ("sup", "jam")
                and _DOWNED_AND.search(text, max(0, start - 20), start)
            )
        )
        more = bool(figures and further) and not figures[-1].bare
        if (
            figures
            and figures[-1].bare
            and figures[-1].role == "destroyed"
            and figures[-1].weapon == weapon
            and _PART_LEAD_BEFORE.search(text, max(0, start - 30), start)
        ):
            continue
        value, bound = _figure_or_bound(text, start, match["num"])
        figures.append(_Figure(last_attacker or side, weapon, "destroyed", value, not more, bound))

    if "ракет" in text:
        figures.extend(_unnumbered_missiles(text, cues, taken, side))
    if (
        "андер" in text or "джал" in text or "жал" in text or "циркон" in text or "лібр" in text
        or "х-" in text
    ):
        figures.extend(_one_model_named(text, cues, taken, side))
    if len(figures) >= 4 and len(figures) % 2 == 0:
        _launched_then_downed(figures)
    _mark_totals(figures, text)
    if late_hint and _NOT_DOWNED_HINT.search(text):
        figures, zeros = _not_downed(text, figures, last_attacker or side)
        if zeros:
            # "Жодної ракети збити не вдалося": zero, not the unknown count "ракети" gave.
            zeroed = {zero.weapon for zero in zeros}
            figures = [
                f
                for f in figures
                if not (f.weapon in zeroed and f.role == "destroyed" and f.value is None)
            ]
            figures.extend(zeros)
    if late_hint and _ALL_HINT.search(text):
        attacker = last_attacker or side
        them = _ALL_OF_THEM.search(text)
        if them:
            named = next((w for at, w in reversed(listed) if at < them.start()), None)
            if named or carried_weapon:
                figures = _every_destroyed(figures, named or carried_weapon, attacker)
        for match in _ALL_BUT.finditer(text):
            figures = _every_destroyed(
                figures, _weapon_of(match), attacker, short=int(match["but"]), counted_wins=False
            )
        for match in _ALL_DOWNED.finditer(text):
            figures = _every_destroyed(figures, _weapon_of(match), attacker)
    if has_destroy and _ALL_HINT.search(norm):
        # (read in the words: "обидві" is a figure by now)
        for match in _BOTH_AFTER_DASH.finditer(norm):
            figures = _every_destroyed(
                figures, _weapon_of(match), last_attacker or side, counted_wins=False
            )
    if len(figures) > 1 and any(f.bound for f in figures):
        figures = _without_restated_bounds(figures, text)
    if row_launched:
        # The rows after it without a verb ("Іскандер-М — 1") count launches as it did.
        own_role = "launched"
    return figures, own_role


# "понад тисячу дронів за одну ніч – 1 086 ударних БпЛА": the bound, then its exact figure
# after a dash or a colon.
_RESTATED_AFTER = re.compile(r"[^\d,;.:–—(]{0,40}?\s*[–—:(]\s*")


def _without_restated_bounds(figures: list[_Figure], text: str) -> list[_Figure]:
    """The figures less each bound that the exact figure right after it restates."""
    kept = []
    for i, figure in enumerate(figures):
        if figure.bound and figure.end >= 0:
            exact = next(
                (
                    f
                    for f in figures[i + 1 :]
                    if f.weapon == figure.weapon and f.role == figure.role and f.at >= figure.end
                ),
                None,
            )
            if (
                exact is not None
                and exact.value is not None
                and exact.attacker == figure.attacker
                and _RESTATED_AFTER.fullmatch(text, figure.end, exact.at)
            ):
                continue
        kept.append(figure)
    return kept


def _launched_then_downed(figures: list[_Figure]) -> None:
    """'595 drones, 48 missiles, 566 drones et 43 missiles abattus': a list naming each weapon
    twice, in the same order, before one downing verb gives the launched, then the downed."""
    half = len(figures) // 2
    first, second = figures[:half], figures[half:]
    if (
        all(f.role == "destroyed" and f.value is not None and f.at >= 0 for f in figures)
        and len({f.weapon for f in first}) == half
        and [f.weapon for f in first] == [f.weapon for f in second]
        and all(a.value >= b.value for a, b in zip(first, second, strict=True))  # type: ignore[operator]
    ):
        for figure in first:
            figure.role = "launched"


# "autant de drones : 741 engins", "... : 1 156 appareils": French names the weapon again.
_ENGINS = re.compile(
    r"(?<=\d\s)(?:engins|appareils)(?!\s+(?:aériens|explosifs|de\s+guerre|électri|ménagers))"
)


def _engins(text: str) -> str:
    """The weapon "engins" stands for: the one named before (after both kinds, their sum)."""
    for match in reversed(list(_ENGINS.finditer(text))):
        kinds = {_weapon_of(noun) for noun in _NOUN_KIND.finditer(text, 0, match.start())}
        if len(kinds) == 1 and "any" not in kinds:
            text = text[: match.start()] + kinds.pop() + "s" + text[match.end() :]
    return text


def _weapon_before_named(
    carried: str | None, carried_weapons: tuple[str, ...], named_after: str
) -> str | None:
    """"en ont abattu 747, ainsi que 9 missiles" after drones and missiles: the figure before
    the weapon the sentence names is of the other weapon the sentence before named."""
    others = {w for w in carried_weapons if w not in (named_after, "any")}
    if carried == named_after and len(others) == 1:
        return others.pop()
    return carried


def _refers_back(text: str, start: int, end: int) -> bool:
    """'70 з них', 'of which 617': a bare number about weapons named before."""
    return bool(_OF_THEM.match(text, end) or _PART_OF.search(text, max(0, start - 40), start))


def _noun_before(text: str, start: int) -> str | None:
    """The kind of the last weapon noun named before a position of the sentence."""
    found = None
    for found in _WEAPON_HINT.finditer(text, 0, start):  # noqa: B007 - the last one is wanted
        pass
    if found is None:
        return None
    noun = _NOUN_KIND.match(found.group(0))
    return _weapon_of(noun) if noun else None


def _every_destroyed(
    figures: list[_Figure],
    weapon: str,
    attacker: str | None,
    short: int = 0,
    counted_wins: bool = True,
) -> list[_Figure]:
    """The weapon's destroyed figures replaced by "as many as were launched, less `short`";
    unless a number was read for them already ("all five Kh-59 were destroyed") and
    `counted_wins`."""

    def destroyed(figure: _Figure) -> bool:
        return figure.weapon == weapon and figure.role == "destroyed"

    if counted_wins and any(f.value for f in figures if destroyed(f)):
        return figures
    kept = [f for f in figures if not destroyed(f)]
    return [*kept, _Figure(attacker, weapon, "destroyed", None, every=True, short=short)]



def _two_rows(text: str, first: int, second: int) -> bool:
    """Two figures, each just after its own label's colon or dash, in rows joined by '; '
    (or by ', ' after dashes: "Iskander-M — 26, Kh-101 — 26")."""
    mark = text[max(0, first - 2) : first].strip()
    return (
        mark in _ROW_MARKS
        and text[max(0, second - 2) : second].strip() in _ROW_MARKS
        and (";" in text[first:second] or (mark != ":" and "," in text[first:second]))
    )


_ROW_MARKS = (":", "—", "–")


_CLOCK_WINDOW = re.compile(r"\d:\d\d\s+(?:до|по|to|à|and|и|і)\s+\d")


def _list_mark_between(text: str, start: int, end: int) -> bool:
    """A list mark between; a bracket with no figure in it ("2 БР Іскандер-М (Курська обл.);
    1 КР Х-59") is an aside on its row, no list of parts."""
    for mark in _LIST_MARK.finditer(text, start, end):
        if mark.group() != "(":
            return True
        closed = text.find(")", mark.end(), end)
        if closed < 0 or _HAS_DIGIT.search(text, mark.end(), closed):
            return True
    return False


def _mark_totals(figures: list[_Figure], text: str) -> None:
    """A figure is a total when a list mark stands between it and the next figure of its kind:
    "28 ракетами та 405 БпЛА: – 24 Х-101; – 4 Іскандер-М" (the 28 heads its list)."""
    first: dict[tuple[str | None, str, str], _Figure | None] = {}
    for figure in figures:
        if figure.at < 0:
            continue
        kind = (figure.attacker, figure.weapon, figure.role)
        head = first.get(kind, figure)
        if kind not in first:
            first[kind] = figure
        elif head is not None:
            # (not two labelled rows: "kh-101: 6 launched - 5 downed; iskander-m: 3 launched",
            # the 6 no total of the 3)
            # (nor "112 БПЛА, а с 20:00 до 23:59 — еще 23": a later window's count, no part)
            head.heads = (
                not _two_rows(text, head.at, figure.at)
                and _list_mark_between(text, head.end, figure.at + 1)
                and not (
                    _FURTHER.search(text, max(0, figure.at - 12), figure.at)
                    and _CLOCK_WINDOW.search(text, head.end, figure.at)
                )
            )
            first[kind] = None


_DESTROY_VERB = re.compile(by_first_letter(_DESTROY_WORDS))


def _not_downed(
    text: str, figures: list[_Figure], side: str | None
) -> tuple[list[_Figure], list[_Figure]]:
    """The figures less those the denial names, and a zero for each weapon denied."""
    zeros: list[_Figure] = []
    for match in _denials(text):
        found = match.groupdict()
        noun = (
            found.get("noun")
            or found.get("noun2")
            or found.get("noun3")
            or found.get("noun4")
            or found.get("noun5")
            or found.get("noun6")
            or found.get("noun7")
            or found.get("noun8")
            or found.get("noun9")
            or found.get("noun10")
            or found.get("noun11")
            or found.get("noun12")
        )
        weapon = _weapon_of(_NOUN_KIND.match(noun))  # type: ignore[arg-type]
        unnumbered = bool(
            found.get("noun5")
            or found.get("noun4")
            or found.get("noun7")
            or found.get("noun9")
            or found.get("noun11")
        )
        # "les deux missiles n'ayant pas été interceptés": two named, none downed.
        figures = [
            f
            for f in figures
            if not (
                f.weapon == weapon
                and f.role == "destroyed"
                # (or read from the denied noun itself: "ракету перехопити не вдалося")
                and (
                    match.start() <= f.at < match.end()
                    or (f.at < 0 and unnumbered)
                    # "«Кинджали» перехопити не вдалося — обидві ракети влучили": the denial's
                    # verb gave the figure after it its role, and no verb of its own follows.
                    or (match.end() <= f.at and not _DESTROY_VERB.search(text, match.end(), f.at))
                )
            )
        ]
        if not any(
            f.weapon == weapon and f.role == "destroyed" and f.value is not None
            for f in figures + zeros
        ):
            zeros.append(_Figure(side, weapon, "destroyed", 0))
    return figures, zeros


# "Neptune-M missiles, a Storm Shadow cruise missile and 48 drones", "downed 139 drones and
# the Kh-59/69 missile": one, in a list that counts the others.
# "shot down 58 of the drones and the Kh-59", "destroyed the Kinzhal, three of the Kh-101s":
# a missile's model alone, in the singular, one.
_ONE_MISSILE = re.compile(
    # (not "the missile, a Kh-101, was ...": the same missile named again)
    # ("80 drones ..., together with a Kinzhal hypersonic missile": one more weapon, with its
    # own count)
    r"(,(?<!missile,)|a(?<!\wa)nd|destroyed|shot\s+down|intercepted|downed"
    r"|together\s+with|along\s+with|w(?P<with>)ith)"
    r"\s+(?:the|a|an|one)\s+"
    # "attacked with an Iskander-M ballistic missile from Kursk region, three Kh-59/69 ...": the
    # first of a list whose next item is counted.
    r"(?(with)(?=(?:[\w/-]+\s+){0,3}?missile(?![\w])[^.;,]{0,40},\s*\d)"
    # ("and a British-made Storm Shadow cruise missile": a model of two words, its maker too)
    r"|(?=(?:[\w/-]+\s+){0,4}?missile(?![\w])"
    r"|(?:kh-\d+|kinzhal|iskander(?:-[mk])?|kalibr|zircon)(?![\w-])(?!\s+(?:[\w-]+\s+)?missiles)))"
)
# "201 drones ainsi qu'un missile balistique": French elides "que" before "un"; "65 drones
# ..., ainsi que d'un missile balistique": "de" before it.
_QU_UN_MISSILE = re.compile(
    r"\b(qu'|(?:ainsi\s+que|et|de\s+même\s+que)\s+d')une?\s+(?=(?:[\w/-]+\s+){0,3}?missile(?![\w]))"
)
# "reported an Iskander-K cruise missile fired from the Kursk region", "fired a Kinzhal
# missile and 4 Iskander-M missiles", "an Iskander-M missile and 112 drones": one.
_A_MISSILE_FIRED = re.compile(
    r"\b(?:a|an|one)\s+(?=(?:[\w/-]+\s+){0,3}?missile\s+"
    r"(?:fired|launched|(?:and|along\s+with)\s+\d+)\b)"
    # "and also fired a Kinzhal hypersonic missile, which was shot down": one.
    # (its fate told: "Russia fired a new missile, with a range of ..." is no count)
    r"|(?<=\sfired\s)(?:a|an)\s+(?=(?:[\w/-]+\s+){0,3}?missile,?\s+which\s+was\s+"
    r"(?:shot\s+down|intercepted|destroyed|downed)\b)"
)
# "A single Iskander-M ballistic missile was fired": one.
_A_SINGLE_MISSILE = re.compile(r"\ba\s+single\s+(?=(?:[\w/-]+\s+){0,3}?missile(?![\w]))")
# "The Kh-59 was shot down": one missile, named in the singular.
_ONE_WAS_DOWNED = re.compile(
    r"(^|[,;]|\band)\s*(?:the|a|an|one)\s+(?=(?:[\w/-]+\s+){0,2}?(?:kh-\d+\w*|iskander(?:-[mk])?"
    r"|kinzhal|kalibr|zircon|missile)\s+was\s+(?:shot\s+down|intercepted|destroyed|downed))"
    # "Le missile a été abattu": the French, one too.
    r"|(^|[,;:]|\bet)\s*(?:le|un)\s+(?=(?:[\w/-]+\s+){0,2}?missile(?:\s+[\w/-]+)?\s+a\s+"
    r"(?:lui\s+aussi\s+|également\s+|aussi\s+)?été\s+(?:abattu|intercepté|détruit|neutralisé))"
)
# A row labelled by its weapon, the figures after it with their own participles: "Drones:
# 212 launched, 188 downed", "Kh-101: 6 launched - 5 downed". The label is put after the first
# figure (the others are bare figures of the same weapon).
# A lede that gives the figure first: "112 : c'est le nombre de drones que Moscou affirme avoir
# abattus", "300: that is the number of drones ..." (the noun then follows the figure).
_FIGURE_FIRST = re.compile(
    r"^(\d\d{0,5})\s*:\s*(?:c'est|voilà|tel\s+est|that\s+is|that's|this\s+is|such\s+is)\s+"
    r"(?:le|the)\s+(?:nombre|number)\s+(?:de\s+|d'|of\s+)"
)
_COLON_FIGURE = re.compile(r":\s*\d")
_LABEL_ROW = re.compile(
    # ("The drone figures are unchanged: 406 launched": the label names the figures)
    rf"(?<![\w-])(?P<noun>{_DRONE}|{_MISSILE})(?:\s+(?:figures?|numbers?|counts?|tally)"
    r"(?:\s+(?:are|is|remain|remains|stay|stays)(?:\s+(?:unchanged|the\s+same))?)?)?"
    r"\s*:\s*(?P<num>\d\d{0,5})"
    r"(?=\s+(?:launched|fired|lancés|tirés|запущено|випущено|выпущено)(?![\w']))"
)


def _label_on_figure(match: re.Match[str]) -> str:
    return f"{match.group('noun')}: {match.group('num')} {match.group('noun')}"


_TWO_KINDS = re.compile(
    r"(c(?<!\wc)ruise|b(?<!\wb)allistic|g(?<!\wg)uided|h(?<!\wh)ypersonic|a(?<!\wa)nti-ship"
    r"|a(?<!\wa)ir-launched)\s+(?:and|or)\s+"
    r"(?=(?:cruise|ballistic|guided|hypersonic|anti-ship|air-launched)\s)"
)
_MISSILE_KINDS_CYRILLIC = (
    r"(?:крилат|крылат|балістичн|баллистическ|аеробалістичн|аэробаллистическ|керован|управляем"
    r"|протикорабельн|противокорабельн)\w*"
)
# (From the number: a pattern that starts with a digit is searched for quickly.)
_TWO_KINDS_CYRILLIC = re.compile(
    rf"(\d\s+{_MISSILE_KINDS_CYRILLIC})\s+(?:і|й|та|и|або|или)\s+(?={_MISSILE_KINDS_CYRILLIC}\s)"
)
_MISSILE_KINDS = (
    rf"(?:{_MISSILE_KINDS_CYRILLIC}|cruise|ballistic|guided|hypersonic|anti-ship|air-launched)"
)
# "14 ballistic and 16 cruise missiles", "14 балістичних та 16 крилатих ракет": the first
# count's kind has the noun of the second.
_MISSILE_KIND = re.compile(_MISSILE_KINDS)
_MISSILE_KIND_HINT = hint(_MISSILE_KINDS)  # searched for as a yes or no only
_SHARED_NOUN = re.compile(
    rf"(\d\s+{_MISSILE_KINDS})(\s+(?:and|і|й|та|и)\s+)"
    rf"(?=\d\d{{0,5}}\s+{_MISSILE_KINDS}\s+(missiles?|ракет\w*)(?![\w']))"
)


def _noun_shared(match: re.Match[str]) -> str:
    return f"{match.group(1)} {match.group(3)}{match.group(2)}"


# "Із ракет вдалося збити три Калібри та дві балістичні": a kind with no noun after it, the
# missiles named before it in the sentence ("Із ракет", "Of the missiles").
_KIND_ALONE = re.compile(
    rf"\d\s+{_MISSILE_KINDS}(?=\s*(?:[.,;:)–—-]|$)|\s+(?:і|й|та|и|and)\s+\d)"
)


def _kind_with_noun(match: re.Match[str]) -> str:
    before = match.string[: match.start()]
    if "ракет" in before:
        return match.group(0) + " ракет"
    if "missile" in before:
        return match.group(0) + " missiles"
    return match.group(0)


# "Ракет було дев'ять", "Дронов было 236": the figure after its noun and "було", what came.
_NOUN_WAS_FIGURE = re.compile(
    rf"(?<![\w'])(?P<noun>{_NOUN_FAST})\s+(?:було|было)\s+(?P<num>\d\d{{0,5}})"
    r"(?![\w%/'-]|[.,:]\d)"
)


_IS_A = re.compile(r"\b(est|était|is|was|c'est)\s+1(?=\s)")
# ", по данным Воздушных сил,": who said it, between a figure and its verb.
# Also "none of them, we're told, was intercepted", ", officials said,".
_SAID_BY = re.compile(
    r",\s*(?:(?:по\s+данным|за\s+даними|according\s+to|selon|по\s+информации)[^,]{0,60}"
    r"|we(?:'re|\s+are|\s+were)\s+told|(?:[\w']+\s+){1,2}(?:said|says|added|reported)),\s*"
)
# "none of which were intercepted", "aucun des trois missiles n'a pu être intercepté": zero.
_NONE_HINT = re.compile(r"none|neither|aucun|жодн|ни\s+од|ни\s+1\s")
_NONE_HINT = hint(_NONE_HINT.pattern)  # searched for as a yes or no only
_NONE = re.compile(
    r"\b(?:none|neither|aucun(?:e)?|жодн\w+|ни\s+одн\w+|ни\s+1)(?=\s+(?:of\s+(?:which|them|these|the)\b|des\s+\d"
    r"|d'entre\s+(?:eux|elles|les)|n'a|n'ont|(?:з|із|из)\s+(?:них|\d|ракет|дрон|беспилот"
    r"|безпілот)|(?:missile|drone|rocket)s?\s+(?:was|were|has|had|n')(?!\S*\s+(?:été\s+)?(?:tir|lanc|utilis))"
    # "abattu 93 drones et aucun des missiles", "сбиты 350 дронов и ни одной ракеты": a list's
    # last part, of a kind already counted, at the end of its clause.
    r"|(?:des\s+|of\s+the\s+)?(?:missile|drone|rocket|ракет|дрон|беспилот|безпілот)\w*\s*(?:[.;,)]|$)"
    # "Two Iskanders were fired. Neither was intercepted.": the weapons just named.
    r"|(?:was|were)\s+(?:intercept|shot\s+down|downed|destroyed)"
    # "cinq missiles balistiques sur Kharkiv, aucun intercepté", "five missiles, none shot down":
    # a headline's participle alone.
    r"|(?:intercept|shot\s+down|downed|abattu|détruit|збит|сбит|перехоплен|перехвачен)\w*\s*(?:[.;,]|$)))"
)


# "3 missiles Iskander-M (aucun intercepté)", "5 missiles (none shot down)": a total, and
# none of it downed ("0": "aucun n'a été" made a zero already).
_NONE_DOWNED = (
    r"(?:aucun(?:e)?|none|жодн\w*|ни\s+одн\w*|0)\s+(?:of\s+them\s+)?"
    r"(?:n'a\s+été\s+|n'ont\s+été\s+|was\s+|were\s+|не\s+(?:було\s+|был\w*\s+)?)?"
    r"(?:intercept\w*|abattu\w*|détruit\w*|neutralisé\w*|shot\s+down|downed|destroyed"
    r"|збит\w*|знищен\w*|перехоплен\w*|сбит\w*|уничтожен\w*|перехвачен\w*)"
)
_NONE_DOWNED_AFTER = re.compile(
    rf"(?:\s+[^\W\d][\w'-]*)?\s*\(\s*{_NONE_DOWNED}\s*\)"
    # "cinq missiles balistiques sur Kharkiv, aucun intercepté", "five missiles, none shot
    # down": a headline's total, then none of it downed, closing the clause.
    rf"|(?:\s+[^\W\d][\w'-]*){{0,4}}\s*,\s*{_NONE_DOWNED}\s*(?:[.;]|$)"
)


def _zero(match: re.Match[str]) -> str:
    # Same length: positions in the sentence hold. A space first: "qu'aucun" is no glued number.
    return (" 0" if len(match.group(0)) > 1 else "0").ljust(len(match.group(0)))


# Between a mention and its own participle: a few words of name or kind, no clause mark.
_TO_PARTICIPLE = re.compile(r"(?:\s+[^\s\d,;.:()]+){0,2}\s+")


def _own_participle(
    text: str, cues: list[tuple[int, int, str]], start: int, end: int
) -> str | None:
    """'..., dont 49 neutralisés, ainsi que d'un missile balistique tiré depuis ...': the
    figure's own launch participle, in its clause, not the downing verb of the clause before."""
    after = next((cue for cue in cues if cue[0] >= end), None)
    if after is None or after[2] != "launched" or not _TO_PARTICIPLE.fullmatch(text, end, after[0]):
        return None
    before = max((cue[1] for cue in cues if cue[1] <= start), default=-1)
    return "launched" if before >= 0 and _CLAUSE_END.search(text, before, start) else None


def _verb_right_after(cues: list[tuple[int, int, str]], end: int, text: str) -> bool:
    """'220 засобами, 184 цілі знешкоджено': the figure has its own verb, just after it."""
    return any(
        start >= end and role != "neutral" and not text[end:start].strip()
        for start, _e, role in cues
    )


def _verb_between(cues: list[tuple[int, int, str]], start: int, end: int, text: str) -> bool:
    """A verb between two figures: the second is no longer in the first one's list of parts."""
    return any(start <= cue_start < end and role != "neutral" for cue_start, _e, role in cues)


def _same_verb_between(
    cues: list[tuple[int, int, str]], start: int, end: int, role: str | None
) -> bool:
    """Only verbs of `role` between: "abattu 36 drones, après en avoir intercepté 22 autres"
    counts more of the same."""
    roles = {r for cue_start, _e, r in cues if start <= cue_start < end and r != "neutral"}
    return roles == {role}


# "the missiles were not intercepted", "le missile n'a pas été intercepté": none was downed.
_NOT_DOWNED_HINT = re.compile(
    r"not |pas |не |aucun|none|neither|жодн|ни од|evaded|got through|slipped"
)
_NOT_DOWNED = re.compile(
    # "A single Iskander-M missile, fired at Kharkiv, was not intercepted": an aside between.
    rf"\b(?:the|both|les|le|la|ці|эти|1)\s+(?:[\w-]+\s+){{0,2}}?(?P<noun>{_NOUN_FAST})"
    # ("les deux missiles balistiques n'ont pas pu être interceptés": French adjectives after)
    r"(?:\s+(?!n')[^\W\d][\w-]*){0,2}?"
    r"(?:\s*,[^,.;]{1,60},)?"
    # "A single Iskander-M was also fired and was not intercepted": its launch, then its fate.
    r"(?:\s+(?:was|were)\s+(?:also\s+)?(?:fired|launched|used)\s+and)?"
    r"\s+(?:(?:were|was|have|has|had|n'a|n'ont|n'avait|n'avaient|n'ayant)\s+(?:not|pas)\s+"
    r"(?:been\s+|été\s+|pu\s+être\s+)?|(?:could\s+not|couldn't|cannot|can't)\s+be\s+)"
    r"(?:intercept|shot\s+down|downed|destroyed|abattu|détruit)"
    # "Aucun missile n'a été intercepté", "no missiles were shot down"
    rf"|\b(?:aucun(?:e)?|no)\s+(?:[\w-]+\s+){{0,2}}?(?P<noun2>{_NOUN_FAST})\s+(?:n'a|n'ont|were"
    r"|was|have\s+been|has\s+been)\s+(?:été\s+|pu\s+être\s+|been\s+)?(?:intercept|shot\s+down"
    r"|downed|destroyed|abattu|détruit)"
    # "Жодної ракети збити не вдалося", "ни одной ракеты сбить не удалось"
    rf"|(?:жодн\w*|ни\s+(?:одн\w+|1))\s+(?:[\w-]+\s+){{0,2}}?(?P<noun3>{_NOUN_FAST})[^.;]{{0,30}}?"
    r"(?:збити|знищити|перехопити|сбить|перехватить|уничтожить)\s+не\s+(?:вдалося|удалось)"
    # "Ракети, на жаль, не збиті", "Ракеты не были сбиты": the sentence's subject; or its
    # object, first in its clause: "збито 71 БпЛА, ракети не збили", "ракету не вдалося збити".
    # ("Збито 74 дрони, обидві ракети не перехоплено": a clause after a comma, "both" read as 2)
    rf"|(?:^\W*|[,;]\W*(?:\d{{1,2}}\s+)?)(?P<noun4>{_NOUN_FAST})(?:\s*,[^\d,.;]{{1,20}},)?\s+не\s+"
    r"(?:(?:були\s+|были\s+)?(?:збит|сбит|перехоплен|перехвачен|знищен|уничтожен)\w*"
    r"|(?:вдалося\s+|удалось\s+)?"
    r"(?:збити|збили|сбить|сбили|перехопити|перехопили|перехватить|перехватили)(?!\w))"
    # "ракета, по данным ПВС, сбита не была": the participle first, then the negated verb.
    rf"|(?:^\W*|[,;]\W*)(?P<noun9>{_NOUN_FAST})(?:\s*,[^\d,.;]{{1,20}},)?\s+"
    r"(?:збит|сбит|перехоплен|перехвачен|знищен|уничтожен)\w*\s+не\s+(?:бул|был)[аио]?(?!\w)"
    # "КАР Х-59/69 — 2 шт. (не збито)": a row's figure, then none of them downed.
    rf"|(?P<noun10>{_NOUN_FAST}){_MODEL_SUFFIX}\s*[—–:]\s*\d\d{{0,5}}{_NOT_DOWNED_ASIDE}"
    # "both missiles evaded air defences": none of them downed.
    rf"|\b(?:both|2)\s+(?:[\w-]+\s+){{0,2}}?(?P<noun6>{_NOUN_FAST})\s+(?:evaded|slipped\s+through"
    r"|got\s+through)"
    # "and 1 Iskander-M ballistic missile, which was not intercepted": a relative clause
    # telling the fate of all of the count before it.
    rf"|\b\d\d{{0,2}}\s+(?:[\w-]+\s+){{0,2}}?(?P<noun12>{_NOUN_FAST})(?:\s+[^\W\d][\w-]*){{0,2}}?"
    r"\s*,\s*(?:which|qui|яку|які|яка|який|которую|которая|которые|который)\s+"
    r"(?:(?:was|were|have|has)\s+not\s+(?:been\s+)?(?:intercept|shot\s+down|downed|destroyed)"
    r"|n'(?:a|ont)\s+pas\s+(?:été|pu\s+être)\s+(?:intercept|abattu|détruit)"
    r"|не\s+(?:було\s+|був\w*\s+|был\w*\s+|вдалося\s+|удалось\s+)?"
    r"(?:збит|сбит|перехоп|перехва|знищ|уничтож))"
)
# "ракету перехопити не вдалося", "обидві ракети перехопити не вдалося": none of them.
# (Apart, and searched only when its last words are there: it may start anywhere.)
_NOT_MANAGED = re.compile(
    # ("Ракети, за даними ПС, перехопити не вдалося": a source's aside between; "«Кинджали»
    # перехопити не вдалося": the model's name in quotes, all of that kind, or the one told;
    # "«Кинжал», запущенный с МиГ-31К, сбить не удалось": a model's number in the aside)
    # ("обидві балістичні ракети збити не вдалося": the number before the adjectives too)
    rf"(?<![\w'])(?:(?:обидві|обидва|обе|оба|\d+)\s+(?:[^\W\d]+\s+){{0,2}}?)?[«\"“]?(?P<noun5>{_NOUN_FAST})[»\"”]?"
    # ("Три «Кинжала» по Староконстантинову: перехватить не удалось": a headline's colon)
    r"(?:,(?:[^\d.;,]|-\d+){1,40},|[^\d.;:,]{0,40}:)?\s+"
    r"(?:збити|знищити|перехопити|сбить|перехватить|уничтожить)\s+не\s+(?:вдалося|удалось)"
    # "дві ракети Іскандер-М, обидві не вдалося перехопити": the weapons just named.
    # ("обидві" may have been read as 2 already)
    rf"|(?<![\w'])(?P<noun7>{_NOUN_FAST})[^\d.;,]{{0,30}},\s*(?:обидві|обидва|обе|оба|2)\s+"
    r"(?:не\s+(?:вдалося|удалось)\s+(?:збити|перехопити|сбить|перехватить)"
    r"|(?:збити|перехопити|сбить|перехватить)\s+не\s+(?:вдалося|удалось))"
    # "Збити ракети не вдалося: ...": the verb first, then the weapons, then the failure.
    r"|(?:^\W*|[,;:]\s*)(?:збити|знищити|перехопити|сбить|перехватить|уничтожить)\s+"
    rf"(?:[^\W\d]+\s+){{0,2}}?[«\"“]?(?P<noun11>{_NOUN_FAST})[»\"”]?\s+не\s+(?:вдалося|удалось)"
)


# "struck Dnipro with two Iskander-M missiles overnight, and both evaded air defences": the
# missiles named before "both". (Apart, and searched only when "and both" is there.)
_AND_BOTH_EVADED = re.compile(
    rf"(?P<noun8>{_NOUN_FAST})(?![\w'])[^.;]{{0,40}}?,?\s+and\s+(?:both|2|all\s+of\s+them)"
    r"\s+(?:evaded|slipped\s+through|got\s+through)"
)


def _denials(text: str) -> list[re.Match[str]]:
    """Where a text says none of a weapon was downed."""
    found = [*_NOT_DOWNED.finditer(text), *_NONE_OF_THE.finditer(text)]
    if "не вдалося" in text or "не удалось" in text:
        found.extend(_NOT_MANAGED.finditer(text))
    if "and both " in text or "and all of them " in text or "and 2 " in text:
        found.extend(_AND_BOTH_EVADED.finditer(text))
    return found


# "Усі ракети знищено", "all the missiles were shot down", "tous les drones ont été abattus".
_ALL_HINT = re.compile(
    by_first_letter(
        r"усі|всі|все|\ball\b|tous|toutes|they\s+were\s+all|обидв|\bобе\b|\bоба\b|\bboth\b"
        r"|les\s+deux"
    )
)
# "Збили 71 дрон, ракети — обидві", "ракеты — обе", "the missiles — both": after the downing
# verb, the weapon then all of them (as many as came; not "ракет: все шесть «Кинжалов»", a
# list of models after a colon).
_BOTH_AFTER_DASH = re.compile(
    rf"(?P<noun>{_NOUN_FAST})(?![\w'])\s*[—–-]\s*(?:обидві|обидва|обе|оба|both|les\s+deux|усі|всі"
    r"|все|all|tous|toutes)(?![\w'])"
)
# Matches wherever one of these four does (it is only asked whether it matches at all).
# Words of a revision ("revised the number of drones to 477") and of more of the same
# ("another 89", "77 autres"), read after the mentions too.
_REVISION_WORDS = r"revis|revu|corrig|уточни|переглян|пересмотр"
# ("31 ..., а в ніч на 15 серпня – ще 66": more of the same, in Ukrainian or Russian)
# ("415 – подавлено": found from its word, the figure checked behind it, so that every
# alternative starts with a letter and the search skips to those letters.)
_MORE_WORDS = (
    r"another|further|autres|ще\s\d|еще\s\d|ещё\s\d|addition\s+to\s\d|en\s+plus\s+des?\s\d"
    r"|подавлен(?:(?<=\d\sподавлен)|(?<=\d\s\sподавлен)|(?<=\d\s[–—-]подавлен)"
    r"|(?<=\d\s[–—-]\sподавлен))"
)
_LATE_HINTS = hint(
    "|".join(p.pattern for p in (_APPROX_HINT, _RESPECTIVELY, _NOT_DOWNED_HINT, _ALL_HINT))
    + f"|{_REVISION_WORDS}|{_MORE_WORDS}"
)
# "All but three of the missiles were shot down": as many as launched, less three.
_ALL_BUT = re.compile(
    rf"\ball\s+but\s+(?P<but>\d{{1,4}})\s+of\s+the\s+(?:[\w-]+\s+){{0,2}}?(?P<noun>{_NOUN_FAST})"
    r"(?![\w'])\s+(?:were|have\s+been)\s+(?:shot\s+down|destroyed|intercepted|downed)"
)
_ALL_DOWNED = re.compile(
    rf"\b(?:усі|всі|все|all(?:\s+the)?|tous\s+les|toutes\s+les)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?P<noun>{_NOUN_FAST})(?![\w'])(?:\s+(?:и|і|та|and|et)\s+\d+\s+[^\s.;]+)?"
    # ("Все девять ракет «Калибр», выпущенных этой ночью ..., сбиты": a model and an aside)
    r"(?:\s+[«\"“][^»\"”\d]{1,20}[»\"”])?(?:,[^\d.;:,]{1,80},)?\s+(?:were\s+"
    r"|have\s+been\s+|ont\s+été\s+|було\s+|были\s+|вдалося\s+|удалось\s+)?[«\"“]?\s*(?:знищ|збит|збили"
    r"|сбит|уничтож|перехвач|shot\s+down|destroyed|intercept|downed|abatt|détrui)"
)
# "Збито усі Х-101 та п'ять «Калібрів»" after "чотири Х-101": all of one model, as many of it
# as were counted before (a model named alone in a list of several).
_MODELS_UK_RU = r"кинджал|кінджал|кинжал|іскандер|искандер|циркон|калібр|калибр"
_MODEL_NAMES = rf"(?:kh|х|x)-\d+|{_MODELS_UK_RU}|kalibr|kinzhal|iskander|zircon"
_ALL_OF_A_MODEL = re.compile(
    rf"(?<![\w'])(?:усі|всі|все|all(?:\s+the)?|tous\s+les)\s+[«\"“]?(?P<model>{_MODEL_NAMES})"
)
_MODEL_COUNTED = re.compile(rf"(\d{{1,3}})\s+(?:[^\W\d]+\s+){{0,2}}?[«\"“]?({_MODEL_NAMES})")


def _all_of_a_model_counted(
    norms: list[list[str]], lang: str | Callable[[], str]
) -> list[list[str]]:
    """Each "all the <model>" given the count of that model told before it."""
    told: dict[str, str] = {}
    fixed = []
    for para in norms:
        fixed_para = []
        for norm in para:
            found = _ALL_OF_A_MODEL.search(norm)
            count = told.get(found["model"], "") if found else ""
            words = found.start("model") - found.start() if found else 0
            if count and len(count) < words:
                # (same length: the sentence's positions stay as they were)
                count = count.rjust(words - 1) + " "
                norm = norm[: found.start()] + count + norm[found.start("model") :]
            else:
                for number, model in _MODEL_COUNTED.findall(digitise(norm, lang)):
                    told.setdefault(model, number)
            fixed_para.append(norm)
        fixed.append(fixed_para)
    return fixed


# "все они были перехвачены", "all of them were shot down": as many as the weapons just named.
_ALL_OF_THEM = re.compile(
    # "air defences destroyed all of them": the verb first.
    r"\b(?:destroyed|shot\s+down|downed|intercepted)\s+(?:all\s+of\s+them|them\s+all)(?![\w'])"
    r"|\b(?:все\s+они|всі\s+вони|усі\s+вони|all\s+of\s+(?:them|which)|they\s+were\s+all|tous|toutes"
    r"|(?:всі|усі)\s+з\s+яких|все\s+из\s+которых"
    # "Из 48 запущенных беспилотников все были перехвачены": all of those just counted.
    r"|(?:все|всі|усі)(?=\s+(?:были|були)\s)"
    # "Les trois missiles ... ont tous été détruits", "the missiles were all downed"
    r"|ont\s+(?:tous|toutes)\s+été|were\s+all|have\s+all\s+been)\s+"
    # ("всі вони нібито були знищені": the source's word, hedged, is still its count;
    # "tous ont été « interceptés et détruits »": the source's own words, in quotes)
    r"(?:(?:нібито|начебто|якобы|allegedly|reportedly|supposedly|prétendument)\s+)?"
    # ("et que tous avaient été détruits": the pluperfect of reported speech too)
    r"(?:были\s+|були\s+|were\s+|(?:had|have)\s+been\s+|(?:ont|avaient)\s+été\s+)?[«\"“]?\s*"
    r"(?:перехвач|сбит|уничтож|збит|знищ|перехопл"
    r"|shot\s+down|destroyed|intercept|downed|abattu|détrui)"
)


def _weapon_before_verb(text: str, cues: list[tuple[int, int, str]], start: int) -> str | None:
    verb_start = max((s for s, e, _role in cues if e <= start), default=-1)
    if verb_start < 0:
        return None
    # (the nearest: "збила 60 «шахедів», а з ракет знешкоджено 2" names the missiles last)
    named = list(_NOUN_KIND.finditer(text, max(0, verb_start - 24), verb_start))
    return _weapon_of(named[-1]) if named else None


# "Aucun des missiles n'a été intercepté", "none of the missiles were intercepted".
_NONE_OF_THE = re.compile(
    rf"(?:\b(?:aucun(?:e)?\s+des|none\s+of\s+the|ни\s+(?:одн\w+|1)\s+из|жодн\w+\s+(?:з|із))|\b0\s+из"
    rf"|\bnot\s+(?:intercept\w*|shot\s+down|destroy\w*|downed)\s+any\s+of\s+the(?:\s+\d+)?)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?(?P<noun>{_NOUN_FAST})(?![\w'])[^.;]{{0,40}}?"
    r"(?:intercept|abattu|détruit|shot\s+down|downed|destroyed|перехват|сбит|збит|знищ|уничтож|\w)"
)


def _role_just_before(cues: list[tuple[int, int, str]], start: int) -> str | None:
    """The role of the last verb before a figure, if any ("launched 450 drones, of which...")."""
    role = None
    for _cue_start, cue_end, kind in cues:
        if cue_end <= start and kind != "neutral":
            role = kind
    return role


# "з них", "із яких", "из которых": of the total just counted.
_OF_THEM_UK_RU = r"(?:з|із|из)\s+(?:них|яких|которых)"
# "..., з яких близько 130 сили ППО збили": a part named before its figure, its subject after.
_OF_WHICH_BEFORE = re.compile(
    rf",\s*{_OF_THEM_UK_RU}\s+"
    r"(?:(?:близько|около|приблизно|примерно|майже|почти)\s+)?$"
)
_SUBJECT_GAP = re.compile(r"(?:\s+[^\W\d]+){1,3}\s+")
# "98 ont été neutralisés, dont 64 abattus et 34 brouillés", "118 were downed, including 90
# shot down": a bare part of the bare downed figure just read, not more of them.
_PART_LEAD_BEFORE = re.compile(
    rf"(?:,\s*|\s)(?:dont|including|of\s+which|among\s+them|{_OF_THEM_UK_RU}|в\s+том\s+числе"
    r"|у\s+тому\s+числі|зокрема)\s+$"
)
# "..., з них над Одещиною сили ППО збили 21": of the total, the part over one place.
_PART_OVER_A_PLACE = re.compile(
    rf"{_OF_THEM_UK_RU}\s+над\s+(?!україн|украин|територі|территори)"
    r"[^\W\d][^\d,;.]{0,50}$"
)
# A bare number whose part follows: "counted 653, of which 617 were neutralised".
_BARE_TOTAL = re.compile(
    rf",\s*(?:of\s+which|dont|{_OF_THEM_UK_RU})\s+(?:(?:about|around|some"
    r"|nearly|roughly|environ|близько|около|приблизно|примерно)\s+)?\d"
)
# "... of which 617 were neutralised, alongside 51 missiles": that verb is the part's.
_PART_CLAUSE = re.compile(
    by_first_letter(
        rf"of\s+(?:which|them|these)|dont|{_OF_THEM_UK_RU}"
        r"|d'entre\s+(?:eux|elles)"
    )
)


# "..., which was shot down", "..., qui ont été abattus", "..., які було збито": of them all.
_WHICH_WERE = re.compile(
    r"(?:\s+(?!\d+[\s,;.])[^\s,;.]+){0,8}?,\s*(?:which|qui|які|котор(?:ые|ая|ый|ую))\s+"
    # "..., which it said was shot down"
    r"(?:(?:it|they|officials|the\s+air\s+force)\s+(?:said|says)\s+)?"
    r"(?:(?:was|were|had\s+been|have\s+been|a\s+été|ont\s+été|avait\s+été|avaient\s+été|було|були|была|были|был)\s+)?"
    r"(?:(?:all|tous|toutes|усі|всі|все)\s+)?"
)


def _downed_after(text: str, end: int) -> bool:
    which = _WHICH_WERE.match(text, end)
    cue = which and _CUES.match(text, which.end())
    return bool(cue) and _cue_role(cue.group(0)) == "destroyed"


def _part_before_verb(text: str, cues: list[tuple[int, int, str]], end: int) -> bool:
    """'479 drones et 20 missiles, dont 460 ... ont été interceptés': the downing verb after
    the figure is its part's, the part named first."""
    after = next((cue for cue in cues if cue[0] >= end), None)
    return (
        after is not None
        and after[2] == "destroyed"
        and (
            _PART_CLAUSE.search(text, end, after[0]) is not None
            # "80 drones were seen ..., and air defence downed 64 of them": the part's own verb.
            or (
                _FIGURE_OF_THEM.match(text, after[1]) is not None
                and not any(char.isdigit() for char in text[end : after[0]])
            )
        )
    )


_FIGURE_OF_THEM = re.compile(
    r"(?:\s+(?:or|ou|або|или|чи)\s+[^\W\d]+)?\s+\d{1,5}" + _OF_THEM.pattern
)


def _total_role(
    text: str, cues: list[tuple[int, int, str]], start: int, part_downed: bool = False
) -> str:
    """A total whose part follows: the role of the verb just before, else launched.

    `part_downed`: the part has its own downing verb ("143 drones, dont 118 neutralisés").
    """
    before = [cue for cue in cues if cue[1] <= start and cue[2] != "neutral"]
    if not before:
        return "launched"
    cue_start, cue_end, role = before[-1]
    clause_start = max(text.rfind(",", 0, cue_start), text.rfind(":", 0, cue_start), 0)
    if role == "destroyed" and _PART_CLAUSE.search(text, clause_start, cue_start):
        return "launched"
    if role == "destroyed" and part_downed and "," in text[cue_end:start]:
        # "... ont tous été abattus, ..., qui fait état de 143 drones, dont 118 neutralisés":
        # the downing verb is another clause's, the part says how many of the total fell.
        return "launched"
    return role


def _first_role_after(cues: list[tuple[int, int, str]], end: int, text: str = "") -> str | None:
    """'40 of the 52 drones launched by X were shot down': the first verb after that is not
    the weapons' own participle ("launched"); "neutral" for "12 of the 50 drones hit targets".
    Not past the clause: "211 of 240 drones launched by Russia, ... targeted gas production"."""
    for cue_start, _cue_end, kind in cues:
        if cue_start >= end and kind != "launched":
            if text and _CLAUSE_END.search(text, end, cue_start):
                return None
            return kind
    return None


_CLAUSE_END = re.compile(r"[,;]")


def _destroyed_just_before(cues: list[tuple[int, int, str]], start: int, text: str = "") -> bool:
    """'знешкодили 64 з них', 'Downed: 78': the verb governs the number directly (a comma
    between starts another clause: 'shot down or suppressed, 22 hit targets')."""
    for cue_start, cue_end, role in cues:
        if cue_end <= start and _VERB_TO_NUMBER.fullmatch(text, cue_end, start):
            # "Aucun des missiles n'a été intercepté : deux ont frappé ...": a verb denied
            # governs no number after it.
            return role == "destroyed" and not _DENIED_VERB.search(
                text, max(0, cue_start - 24), cue_start
            )
    return False


_DENIED_VERB = re.compile(
    r"(?:n'(?:a|ont|avait|avaient)\s+(?:pu\s+)?(?:être|été)|\bnot(?:\s+been)?|n't(?:\s+been)?"
    r"|(?<!\w)не(?:\s+(?:було|было|были|был|була))?)\s+$"
)


# What may stand between a verb and its number: "збити 405", "Downed: 78", "знешкодили
# близько 120" (never a comma: "shot down or suppressed, 22 hit targets").
_VERB_TO_NUMBER = re.compile(
    # "en avoir abattu ou brouillé 31": a second verb, joined by "or", may come between.
    r"(?:\s+(?:or|ou|або|или|чи)\s+[^\W\d]+)?"
    # "сбиты или подавлены средствами РЭБ 47 из них", "подавлены РЭБ 104": the means may
    # come between.
    r"(?:\s+(?:(?:средствами|засобами)\s+)?(?:рэб|реб|пво|ппо))?"
    # "Сбить или подавить удалось 96 из них": "managed" after the verb.
    r"(?:\s+(?:удалось|вдалося|удалося))?"
    r"\s*[:—–]?\s*(?:(?:близько|около|приблизно|примерно|about|around|some|nearly|roughly"
    r"|approximately|environ|près\s+de|a\s+further|another|ще|еще|encore)\s+)?"
)
_CLAUSE_ENDS = re.compile(r"\s*(?:[,.;]|$)")
# "en a abattu environ 170, tous des drones", "downed 170, all of them drones": the kind of a
# bare figure, told after it.
_ALL_ONE_KIND = re.compile(
    r",\s*(?:tous|toutes|all(?:\s+of\s+them)?|усі|всі|все)\s+(?:des\s+|d'|[–—-]\s*)?"
    rf"(?P<noun>{_DRONE}|{_MISSILE})(?![\w'])"
)
_DASH_AFTER = re.compile(r"\s+[–—]\s")
# A second night's part opened by its date and a dash: "а в ніч на неділю — ", "and on the night
# to Sunday — ".
_SECOND_NIGHT_LEAD = (
    # ("В ночь на 3 мая — еще 60": the night's date, "more", no "and" when it opens a sentence)
    r"\W*(?:(?:а|і|и|та|and|et|puis)\s+)?(?:в|у|on|during|dans|in)\s+(?:the\s+|la\s+)?"
    r"(?:ноч|ніч|night|nuit)[^.;,\d]{0,40}(?:\d\d?\s+[^\W\d]+\s*)?[–—]"
    rf"(?:\s*(?:{_FURTHER_WORDS})(?=\s))?"
)
_BARE_NIGHT_FIGURE = re.compile(rf"{_SECOND_NIGHT_LEAD}\s*$")
# "puis 103 autres dans la nuit de samedi à dimanche", "then 103 more on the night to Sunday".
_THEN_FIGURE = re.compile(r"\W*(?:puis|et|then|and|а|і|и|та)\s+")
_OTHERS_AT_NIGHT = re.compile(
    r"\s+(?:autres|more|others|інших|других)\s+(?:(?:dans|during|on|over|in|в|у)\s+)?"
    r"(?:la\s+|the\s+)?(?:nuit|night|overnight|ніч|ноч)"
)
_FURTHER = re.compile(rf"(?:{_FURTHER_WORDS})\s+$")
_DOWNED_AND = re.compile(r"(?:shot\s+down|downed|intercepted)\s+and\s+$")
# "launched 46 drones on Saturday evening and another 89 overnight", "puis 77 autres au cours
# de la nuit": a figure without its noun, more of the weapon counted just before.
# ("112 drones overnight, in addition to 41 shot down on Saturday evening": the same, before.)
_MORE_OF = re.compile(
    r"\b(?:another|a\s+further|ще|еще|ещё|in\s+addition\s+to|en\s+plus\s+des?)\s+(?P<num>\d\d{0,5})(?![\w%/:'-]|[.,]\d)(?!\s+(?:of|d'entre)\b)"
    r"|(?P<autres>\d\d{0,5})\s+autres\b(?!\s+(?:de|d'entre|des)\b)"
    # "296 БпЛА збито, 415 – подавлено засобами РЕБ": the ones jammed, more of those downed.
    r"|(?<=,\s)(?P<jammed>\d\d{0,5})(?=\s*[–—-]?\s*подавлен\w*\s+(?:засобами|средствами)\s+р[еэ]б)"
)


def _more_words(text: str) -> bool:
    return (
        "autres" in text
        or "ще " in text
        or "еще " in text
        or "ещё " in text
        or "подавлен" in text  # "415 – подавлено засобами РЕБ"
    )


# "The air force later revised the number of drones to 477", "a revu à la hausse le nombre de
# drones lancés, 623 au lieu de 597": the revised figure is read (the larger one of the text
# is kept), the one it replaces is not.
_REVISION_HINT = hint(_REVISION_WORDS)
_REVISED = re.compile(
    r"\b(?:revis\w*|revu\w*|corrig\w*|уточни\w*|переглян\w*|пересмотр\w*)"
    r"(?:\s+(?:à\s+la\s+(?:hausse|baisse)|upwards?|downwards?))?\s+(?:(?:the|its|their|le|son|leur)\s+)?"
    r"(?:number|count|tally|figure|nombre|chiffre|bilan|кількість|количество|число)\s+(?:of|de|d'|des)"
    rf"\s*(?:[\w-]+\s+){{0,2}}?(?P<noun>{_NOUN_FAST})[^\d.;]{{0,40}}?(?:\bto|\bà|,|:|\bдо)\s*"
    r"(?P<num>\d\d{0,5})(?![\w%/:'-]|[.,]\d)(?P<instead>\s*,?\s*(?:au\s+lieu\s+de|instead\s+of"
    r"|rather\s+than|замість|вместо)\s+\d+)?"
)

# "Some 300 drones - a figure later revised by the air force to 314 - were launched": the
# revised figure stands where the first one stood (an approximate word goes with the latter).
_REVISED_ASIDE = re.compile(
    r"(?:\b(?:some|about|around|roughly|nearly|environ|près\s+de)\s+)?\d[\d ]*"
    rf"(?P<noun>\s+(?:[\w-]+\s+){{0,3}}?(?:{_NOUN_FAST}))(?![\w'])\s*[-–—(]\s*"
    r"(?:(?:a|the|un|le)\s+(?:figure|number|chiffre|nombre)\s+)?(?:later\s+|since\s+|ensuite\s+)?"
    r"(?:revis\w*|revu\w*|corrig\w*|уточнен\w*|переглянут\w*)[^\d.;]{0,40}?(?:\bto|\bà|\bдо)\s*"
    r"(?P<num>\d\d{0,5})(?![\w%/:'-]|[.,]\d)[^\d.;()–—-]{0,30}[-–—)]"
)


def _revised(
    text: str, cues: list[tuple[int, int, str]], taken: list[tuple[int, int]], side: str | None
) -> list[_Figure]:
    """The figures a revision gives, with the role of the verb after the noun ("le nombre de
    drones lancés"), else launched."""
    figures = []
    for match in _REVISED.finditer(text):
        start, end = match.span("num")
        if any(s <= start < e for s, e in taken):
            continue
        taken.append((start, match.end()))  # the figure replaced, too
        role = next(
            (r for s, _e, r in cues if match.end("noun") <= s < start and r != "neutral"),
            "launched",
        )
        figures.append(_Figure(side, _weapon_of(match), role, int(match["num"])))
    return figures


# "The number of missiles - a mix of Kalibr, ... - reached 18": the figure far after its noun,
# read as "launched 18 missiles - a mix of Kalibr, ...".
_NUMBER_WAS = re.compile(
    rf"\bthe\s+number\s+of\s+(?P<noun>(?:[\w-]+\s+){{0,2}}?(?:{_NOUN_FAST}))(?P<rest>[^.;]{{0,400}}?)"
    r"\s+(?:was|reached|stood\s+at|totalled|came\s+to)\s+(?P<num>\d\d{0,5})(?![\w%/:'-]|[.,]\d)"
)


# "кількість збитих українських дронів — 389 за ніч", "a record number of downed drones: 389":
# the figure after the number's noun, read as "389 збитих українських дронів".
_NUMBER_OF_THEN_FIGURE = re.compile(
    r"(?:кількість|количество|number\s+of|nombre\s+de)\s+(?P<words>(?:[^\s\d]+\s+){0,3}?)"
    rf"(?P<noun>{_NOUN_FAST})\s*[—–:]\s*(?P<num>\d\d{{0,5}})(?![\w%/:'-]|[.,]\d)"
    # (not "— 38 — at Ukraine", "— 472 ударні БпЛА": a figure between dashes, or its own noun)
    rf"(?!\s*[—–])(?!(?:\s+[^\s\d]+){{0,2}}?\s+(?:{_NOUN_FAST}))"
)


# "The number of drones, 465, was unchanged": a revision's other figure, kept as it was.
_NUMBER_UNCHANGED = re.compile(
    rf"\bthe\s+number\s+of\s+(?P<noun>(?:[\w-]+\s+){{0,2}}?(?:{_NOUN_FAST})),\s+"
    r"(?P<num>\d\d{0,5}),(?P<rest>\s+(?:was|remained|stayed)\s+(?:unchanged|the\s+same))"
)


# "the missile tally was 45 intercepted": the weapon's figure, its noun said first.
_WEAPON_TALLY = re.compile(
    r"\bthe\s+(drone|missile)\s+(?:tally|count|figure|total)\s+(?:was|stood\s+at)\s+"
    r"(\d\d{0,5})(?![\w%/:'-]|[.,]\d)"
)


# "the number reached 1,204": of the one weapon the sentence before named.
_NUMBER_ALONE = re.compile(
    r"\bthe\s+number(?=\s+(?:was|reached|stood\s+at|totalled|came\s+to|rose\s+to|climbed\s+to)"
    r"\s+\d)"
)
_PLURALS = {"drone": "drones", "missile": "missiles", "any": "aerial weapons"}


def _one_kind(text: str) -> str | None:
    """The kind of weapon a sentence names, when it names one kind only."""
    kinds = {_weapon_of(noun) for noun in _NOUN_KIND.finditer(text)}
    return kinds.pop() if len(kinds) == 1 else None


def _number_named_before(norm: str, before: str) -> str:
    """The sentence with "the number" made "the number of drones" when the sentence before
    names one kind of weapon only; else the sentence itself."""
    if not _NUMBER_ALONE.search(norm):
        return norm
    kind = _one_kind(before)
    if kind is None:
        return norm
    return _NUMBER_ALONE.sub(f"the number of {_PLURALS[kind]}", norm, count=1)


# "The air force put the number of drones at 499", "drones and decoys that the air force put
# at 812": the figure of that noun, read as "launched 499 drones".
_PUT_AT = re.compile(
    rf"\bput\s+(?:the|their|its)\s+(?:number|total|count|tally)\s+of\s+"
    rf"(?P<noun>(?:[\w-]+\s+){{0,2}}?(?:{_NOUN_FAST}))(?P<rest>[^.;,\d]{{0,60}}?)\s+at\s+"
    r"(?P<num>\d\d{0,5})(?![\w%/:'-]|[.,]\d)"
    # ("drones and decoys, which it put at 496": after a comma too; "53 missiles as well as
    # drones, which it put at 496": the nearest noun's)
    rf"|(?P<noun2>{_NOUN_FAST})(?P<rest2>(?:(?!\sas\s+well\s+as\s)[^.;,\d]){{0,40}}?),?\s+"
    r"(?:that|which)\s+"
    r"(?:[\w'-]+\s+){0,4}?put\s+at\s+(?P<num2>\d\d{0,5})(?=\s*(?:[,;.)]|$))"
)


def _number_first(match: re.Match[str]) -> str:
    second = "noun2" in match.re.groupindex and match["noun2"] is not None
    rest = match["rest2"] if second else match["rest"]
    noun, num = (match["noun2"], match["num2"]) if second else (match["noun"], match["num"])
    verb = "downed" if _DESTROY_CUE.match(rest.strip()) else "launched"
    return f"{verb} {num} {noun}{rest}"


_CLAUSE_MARKS = (",", ";", " puis ", " then ", " and ", " et ")
_PREDICATE = re.compile(r"\b(?:were|was|are|is|have|has|had|did|ont|sont|été|étaient|était)\b")


def _more_of_the_same(
    text: str,
    cues: list[tuple[int, int, str]],
    figures: list[_Figure],
    taken: list[tuple[int, int]],
) -> None:
    """Figures like "and another 89", "puis 77 autres" added as more of the figure just before
    them: its weapon, side and verb (no verb of their own between or just after)."""
    for match in _MORE_OF.finditer(text):
        group = next(name for name in ("num", "autres", "jammed") if match.group(name))
        start, end = match.span(group)
        if not _free_at(text, start, taken):
            continue
        before = [f for f in figures if 0 <= f.end <= start]
        if not before or before[-1].value is None:
            continue
        last = before[-1]
        # (The verb of the figure before, "41 ... ont été interceptés, puis 96 autres", is not.)
        clause = max(last.end, *(text.rfind(mark, last.end, start) for mark in _CLAUSE_MARKS))
        if _verb_between(cues, clause, start, text) and not _same_verb_between(
            cues, clause, start, last.role
        ):
            continue  # "... and EW suppressed a further 19": its own verb
        ends = [i for i in (text.find(";", end), text.find(". ", end)) if i >= 0]
        clause_end = min(ends, default=len(text))
        own = [cue[2] for cue in cues if end <= cue[0] < clause_end]
        # "збито 58 БпЛА, ще 31 подавлено засобами РЕБ": its own verb, of the same role.
        if own[:1] != [last.role] and (own or _PREDICATE.search(text, end, clause_end)):
            continue  # "another 62 were locally lost": a clause of its own
        taken.append((start, end))
        figures.append(
            _Figure(last.attacker, last.weapon, last.role, int(match[group]), at=start, end=end)
        )


def _last_role(norm: str) -> str | None:
    role = None
    for _start, _end, kind in _cues(norm):
        if kind != "neutral":
            role = kind
    return role


def _head_role(norm: str) -> str | None:
    """The first verb's role: the clause a night's part parallels, not its "з яких 189 збили"."""
    return next((kind for _start, _end, kind in _cues(norm) if kind != "neutral"), None)


# "..., а в ніч на 15 червня – ще 97 ударних БпЛА", "and on the night to Sunday another 67": the
# second night of a sentence split in two, counted as the first night's main clause counts.
_NIGHT_PART = re.compile(
    r"\W*(?:а|і|и|та|and|et)\s+(?:в|у|on|during|dans)\s+(?:the\s+|la\s+)?(?:ноч|ніч|night|nuit)"
)


def _role_of(index: int, norms: list[str], roles: dict[int, str | None]) -> str | None:
    """The last verb's role of a sentence of the paragraph: read already, else read now."""
    if index not in roles:
        roles[index] = _last_role(norms[index])
    return roles[index]


def _role_before(position: int, flat: list[str], last_role: str | None) -> str | None:
    """For a paragraph's first sentence: the verb of the sentence before, else the last one."""
    return (_last_role(flat[position - 1]) if position else None) or last_role


def _clean_start(text: str, start: int) -> bool:
    if not start:
        return True
    before = text[start - 1]
    return not (before.isalnum() or before == "_" or before in _GLUED_BEFORE)


def _free_at(text: str, start: int, taken: list[tuple[int, int]]) -> bool:
    """A word can be read at `start`: no figure read yet covers it, and it is not the end of
    another word."""
    return not any(s <= start < e for s, e in taken) and _clean_start(text, start)


_LIST_BROKEN = re.compile(r"[;:()]|\s(?:who|which|qui|que|où|як|как|котор)")


def _destroy_follows(text: str, end: int) -> bool:
    cue = _CUES.search(text, end, end + 50)
    if cue is None and len(text) > end + 50:
        # "Of those, 166 drones, 5 cruise missiles and two ballistic ones were downed": a
        # longer list, read on while it is still one clause.
        cue = _CUES.search(text, end, end + 110)
        if cue and _LIST_BROKEN.search(text, end, cue.start()):
            return False
    return bool(cue and _cue_role(cue.group(0)) == "destroyed")


_QUANTITY_BEFORE = re.compile(r"(?:кількіст\w*|количеств\w*|числ[оа])\s+(?:[\w-]+\s+){0,2}$")


# "завдав удару ракетами різного базування та ударними БпЛА: 2 ...": missiles named in the
# heading of the counted list that follows its colon.
_HEADS_A_LIST = re.compile(r"[^.;:\d]{0,60}:\s*\d")
# The kinds a combined count is made of, named without figures after a dash or a colon.
_KINDS_OF_ANY = re.compile(rf"(?:{_ANY})\s*[–—:(]\s*[^\d.;:()–—]*$")


# "ракету Х-59, которую удалось сбить": the relative clause tells its fate, not its launch.
_WHICH_WAS_DOWNED = re.compile(
    r"[^,.;]{0,30}?,\s*(?:которую|которая|яку|яка)\s+(?:[^\W\d]+\s+)?(?:удалось\s+|вдалося\s+)?"
    r"(?:сбит|збит|перехват|перехоп|уничтож|знищ)"
)
# The comparatives a missile noun may follow as what is compared with ("дешевле ракет").
_CHEAPER_THAN = ("дешевле", "дешевше", "дороже", "дорожче", "чем", "ніж")
# "..., в том числе часть крылатых ракет", "зокрема всі крилаті ракети": of the figure before.
_PART_OF_COUNTED = re.compile(
    r"(?:в\s+том\s+числе|у\s+тому\s+числі|зокрема|включая|включно\s+з)\s+(?:\w+\s+){0,2}$"
)


# "Скільки дронів і ракет випустила Росія", "сколько ракет": a question, no missile counted.
_HOW_MANY_BEFORE = re.compile(r"(?:скільки|сколько)\s+(?:[^\W\d]+\s+){0,3}$")


def _unnumbered_missiles(
    text: str, cues: list[tuple[int, int, str]], taken: list[tuple[int, int]], side: str | None
) -> list[_Figure]:
    """Cyrillic missiles named without a numeral: one if singular, an unknown number if plural."""
    found: list[_Figure] = []
    for pattern, value in ((_SINGULAR_MISSILE, 1), (_PLURAL_MISSILE, None)):
        for match in pattern.finditer(text):
            if not _free_at(text, match.start(), taken):
                continue
            if text.startswith(":", match.end()):
                continue  # "Ракети: 3 Кинджали": the label of the counts that follow
            if value is None and _HEADS_A_LIST.match(text, match.end()):
                continue  # "ударом ракетами різного базування та БпЛА: 2 ... Кинджал, 16 ..."
            if _QUANTITY_BEFORE.search(text, max(0, match.start() - 40), match.start()):
                continue  # "найбільшу кількість ракет: 142 ракети": what is counted, not a count
            if text.endswith(_CHEAPER_THAN, 0, match.start() - 1):
                continue  # "дроны, которые дешевле ракет": a comparison, no missile fired
            if _HOW_MANY_BEFORE.search(text, max(0, match.start() - 40), match.start()):
                continue  # "скільки дронів і ракет випустила Росія": asked, not counted
            if _PART_OF_COUNTED.search(text, max(0, match.start() - 40), match.start()) and (
                value is None or _HAS_DIGIT.search(text, 0, match.start())
            ):
                # "27 ракет, в том числе часть крылатых": a part of the count just read (and
                # "36 ракетами, в том числе баллистической ракетой": one of those 36)
                continue
            if value is None and _FROM_AMONG.search(
                text, max(0, match.start() - 12), match.start()
            ):
                continue  # "Із ракет вдалося збити три Калібри": of the missiles counted before
            role = _nearest_role(cues, match.start(), match.end(), text)
            if role is None:
                continue
            mark = max(text.rfind(sign, 0, match.start()) for sign in "–—:(")
            if mark > 0 and _KINDS_OF_ANY.search(text, max(0, mark - 60), match.start()):
                continue  # "320 средств ... – ударные беспилотники, крылатые ... ракеты"
            taken.append((match.start(), match.end()))
            found.append(_Figure(side, "missile", role, value, unnumbered=True))
            if (
                value == 1
                and _WHICH_WAS_DOWNED.match(text, match.end())
                and _role_just_before(cues, match.start()) == "launched"
            ):
                # "применил ракету Х-59, которую удалось сбить": one fired, and downed.
                other = "launched" if role == "destroyed" else "destroyed"
                found.append(_Figure(side, "missile", other, 1, unnumbered=True))
    return found


# "Із ракет вдалося збити ...", "Среди ракет ...": opening its clause, the missiles counted
# before, a part of them told next ("..., а з ракет знешкоджено дві": a conjunction may lead).
_FROM_AMONG = re.compile(
    r"(?:^|[,;:–—]\s*)[^\w\s]?(?:(?:а|і|и|та)\s+)?(?:із|з|зі|из|серед|среди)\s+$"
)


# "запустив «Кинджал», три «Іскандери-М» та 226 шахедів", "збили «Кинджал» і 198 дронів": a
# missile's model named alone in the singular, as one item of a list or right after its verb.
_ONE_MODEL = re.compile(
    rf"(?:{_MODELS_UK_RU})(?:-[мк])?(?:ом)?"
    # ("ППО збила 69 БпЛА та Х-59": a model named by its number, one missile too)
    r"|(?<![\w-])х-\d\d{1,2}(?:/\d\d)?"
    r"(?![\w-])"
)
_ONE_MODEL_AFTER = re.compile(r"[»\"”]?(?:\s*(?:[,.;)]|$)|\s+(?:і|й|та|и|а\s+також|а\s+также)\s)")
_ONE_MODEL_BEFORE = re.compile(r"(?:,|:|\s(?:і|й|та|и))\s*[«\"“]?$")
_MODEL_BEFORE = re.compile(
    # ("Х-31П, Х-59": a letter after the model's number)
    rf"(?:{_MODELS_UK_RU}|х-\d+(?:/\d+)?[^\W\d]?|kn-23|кн-23)"
    r"(?:-[мк])?[»\"”]?(?:,|\s+(?:і|й|та|и))\s*[«\"“]?$"
)
# "ракету «Кинджал»", "комплекс «Іскандер-М»": the model of a noun named before it.
_MODEL_OF_NOUN = re.compile(
    r"(?:ракет\w*|комплекс\w*|установк\w*|пусков\w*|тип\w*|систем\w*|\d)\s+(?:[^\W\d]+\s+)?[«\"“]?$"
)


def _one_model_named(
    text: str, cues: list[tuple[int, int, str]], taken: list[tuple[int, int]], side: str | None
) -> list[_Figure]:
    """A missile named by its model alone, in the singular, in a list or after its verb: one."""
    found: list[_Figure] = []
    for match in _ONE_MODEL.finditer(text):
        start, end = match.start(), match.end()
        if not _free_at(text, start, taken):
            continue
        if not _ONE_MODEL_AFTER.match(text, end):
            continue
        before = text[max(0, start - 40) : start]
        if _MODEL_OF_NOUN.search(before):
            continue
        opening = start - 1 if start and text[start - 1] in "«\"“" else start
        after_verb = any(cue[1] == opening - 1 and cue[2] != "neutral" for cue in cues)
        if not after_verb and not _ONE_MODEL_BEFORE.search(before):
            continue
        if _MODEL_BEFORE.search(before):
            continue  # "Х-101, Калібр", "Кинджал та Іскандер": kinds of one count, in a row
        mark = max(text.rfind(sign, 0, start) for sign in "–—:(")
        if (
            mark > 0
            and "." not in text[mark:start]
            and not _HAS_DIGIT.search(text, mark, start)
            and _HAS_DIGIT.search(text, max(0, mark - 60), mark)
        ):
            continue  # "45 ракет – крилатих Х-101, Калібр і ...": the kinds of the count before
        role = _nearest_role(cues, start, end, text)
        if role is None or role == "neutral":
            continue
        taken.append((start, end))
        found.append(_Figure(side, "missile", role, 1))
    return found


def _sum(values: list[int | None], heads: bool = True, repeats: bool = False) -> int | None:
    """The figures of one sentence for one (side, weapon, role), added up.

    A total followed by its parts ("31 missiles: 8 Kh-101, 2 Kalibr and 21 Iskander-M",
    "180 drones: 90 from Kursk, 60 from Bryansk and 30 from Donetsk") is the total alone.
    """
    if any(v is None for v in values):
        return None
    if heads and len(values) >= 2 and values[0] >= sum(values[1:]):  # type: ignore[arg-type]
        return values[0]  # its parts, all or some ("101 БпЛА: збито 71 ...; 30 ... втрачено")
    if len(values) >= 3 and values[-1] == sum(values[:-1]):  # type: ignore[arg-type]
        return values[-1]  # the parts, then their total ("4 Kh-101, 2 Kalibr, 1 Iskander: 7")
    if repeats and len(values) == 2 and values[0] == values[1]:
        return values[0]  # "519 БпЛА та 40 ракетами: ...; – 519 ударних БпЛА": said twice
    return sum(v for v in values if v is not None)


# An earlier attack mentioned in passing: "a day after a record barrage of 728 drones on
# Wednesday", "au lendemain d'une attaque record de 728 drones". Its figures, date and record
# claim are not this attack's; the clause is blanked out before the sentence is read.
_PASSING_HINT = re.compile(by_first_letter(r"after|following|lendemain|après|після|после"))
_PASSING_HINT = hint(_PASSING_HINT.pattern)  # searched for as a yes or no only
_IN_PASSING = re.compile(
    # ("came days after Russia launched 728 drones": days, however many)
    r"(?P<day>(?:(?:a|one|two|three|a\s+few|few|several|\d)\s+)?(?:days?|weeks?)\s+after"
    r"|the\s+day\s+after|au\s+lendemain\s+d"
    r"|(?:(?:une|deux|trois|quelques|\d)\s+)?(?:jours?|semaines?)\s+après"
    r"|наступного\s+дня\s+після|на\s+следующий\s+день\s+после|через\s+тиждень\s+після"
    r"|через\s+неделю\s+после|через\s+(?:кілька|декілька|несколько)\s+(?:днів|дней)\s+після"
    r"|через\s+(?:кілька|декілька|несколько)\s+(?:днів|дней)\s+после"
    r")?(?(day)|(?:after|following|après|після|после)\b)[^,;.]*"
    # "..., its largest aerial attack of the war": what the earlier attack was, in apposition.
    r"(?:,\s*(?:its|their|russia's|moscow's|the|sa|leur|la|le|son)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:largest|biggest|heaviest|record|most|plus)\b[^,;.]*"
    r"|,\s*(?:наймасованіш|найбільш|крупнейш|самая|самой)\w*[^,;.]*)?"
)
_PASSING_TIME = re.compile(
    WEEKDAY_WORDS + r"|previous|earlier|the\s+night\s+before|la\s+veille|précédente"
    r"|напередодні|накануне|попередн\w+|предыдущ\w+"
)
_HAS_DIGIT = re.compile(r"[0-9]")
_OVERNIGHT = re.compile(
    r"\bovernight\b|\blast\s+night\b|cette\s+nuit|la\s+nuit\s+dernière|цієї\s+ночі|минулої\s+ночі"
    r"|этой\s+ночью|прошлой\s+ночью"
)
# "the deadliest since July 31, when Russia launched 309 drones": the earlier attack is a
# yardstick, not this one; from "when" to the sentence's end is blanked out.
_WHEN = r"when|lorsque|quand|коли|когда"
_YARDSTICK_HINT = hint(_WHEN)  # searched for as a yes or no only
_YARDSTICK = re.compile(
    # ("the record of Sept. 7, when": a month abbreviated)
    r"(?:since|depuis|celle\s+du|celui\s+du|record\s+(?:du|of|on)|з|с|від)\s+(?:the\s+|le\s+)?[^\W\d]*\.?\s*\d{1,2}"
    rf"(?:\s+[^\W\d]+)?(?:\s+\d{{4}})?,?\s+(?:{_WHEN})\b[^;.]*"
    # "smaller than the one on the night of July 9, when Russia sent 728 drones": the attack
    # it is measured against.
    r"|than\s+(?:the\s+one|that|the\s+attack|the\s+strike)\s+(?:on|of)\s+[^\d;.]{0,25}\d{1,2}"
    rf",?\s+(?:{_WHEN})\b[^;.]*"
    # "lower than the record set a day earlier, when Moscow fired 728 drones": the old record,
    # dated too ("the record set on Sept. 7, when", "le record établi le 7 septembre, lorsque").
    rf"|record\s+(?:set|established|établi)\s+[^\d;.,]{{0,30}}"
    r"(?:\.?\s*\d{1,2}(?:\s+[^\W\d]+)?(?:,?\s+\d{4})?)?"
    rf",?\s+(?:{_WHEN})\b[^;.]*"
    # "Attacks peaked on the night of July 9, when 728 drones were fired": the peak of a period
    # told with its tally, not news ("пік припав на ніч на 9 липня, коли", "ont culminé le 9").
    r"|(?:peak(?:ed|s)?|culmin\w*|пік(?:ом|у)?|пик(?:ом|у)?)(?![\w'-])[^\d;.]{0,40}\d{1,2}"
    r"(?:\s+au\s+\d{1,2})?"
    rf"(?:\s+[^\W\d]+)?(?:,?\s+\d{{4}})?,?\s+(?:{_WHEN})\b[^;.]*"
    # "a sharp drop from the previous night, when it sent 312 drones": the night measured against.
    # ("from the night of July 31, when ...", "чем прошлой ночью, когда ...": a night named
    # by its date, or as the last one)
    r"|(?:than|from|que|ніж|чем)\s+(?:on\s+|during\s+)?(?:the\s+|la\s+)?(?:previous|preceding|last"
    r"|попередн\w+|предыдущ\w+|прошл\w+|минул\w+)?\s*(?:night|nuit|ноч\w*|ніч\w*)"
    r"(?:\s+(?:précédente|d'avant|before)|\s+(?:of|du)\s+(?:[^\W\d]+\s+)?\d{1,2}(?:\s+[^\W\d]+)?)?"
    rf",?\s+(?:{_WHEN})\b[^;.]*"
    # "меньше, чем в сентябре прошлого года, когда ... 810": a month of an earlier year.
    r"|(?:than|que|ніж|чем)\s+(?:in|en|у|в)\s+[^\W\d]+\s+(?:last\s+year|of\s+last\s+year"
    r"|de\s+l'année\s+dernière|dernier|минулого\s+року|прошлого\s+года|20\d\d)"
    rf",?\s+(?:{_WHEN})\b[^;.]*"
)
# A short sentence about the weapons just named, without naming them: "Cent ont été abattus.",
# "268 were shot down.", "Збито 405."
_ELLIPTIC_SENTENCE = re.compile(
    # ("Altogether, the statement said, 118 were shot down": an aside between commas)
    r"\W*(?:[^\W\d][\w'-]*,?\s+){0,4}?(?:\d[\d ]*\s+)?(?:ont\s+été|were|have\s+been|had\s+been"
    r"|avaient\s+été|було|були|были|был[аио]?)\s+"
    # ("Збито/подавлено 203.", "Сбиты или подавлены 96": a second verb may follow the first)
    # ("Станом на 18:00 збито/подавлено 39": the hour of the count may open it)
    r"|\W*(?:(?:станом|по\s+состоянию)\s+на\s+\d\d?[:.]\d\d,?\s+)?"
    # ("Силами ПВО обезврежены 76": the ones who downed them may open it)
    r"(?:(?:силами|засобами|средствами)\s+(?:[^\W\d]+\s+){1,3}?)?"
    # ("Знешкоджено 118.": the Air Force's word for downed or jammed)
    r"(?:збит\w*|сбит\w*|знищен\w*|уничтожен\w*|перехвачен\w*|знешкоджен\w*|обезврежен\w*)"
    # ("Збито/подавлено — 117": a dash may stand before the figure)
    r"(?:\s*/\s*[^\W\d]+|\s+(?:або|или|чи)\s+[^\W\d]+)?(?:\s+|\s*[—–-]\s*)\d"
    r"|\W*(?:none|neither)\s+(?:was|were)\s+"
    # "а в ночь на воскресенье – еще 67": more of what the sentence before counted
    # ("а в ніч на 15 серпня – ще 66": the night's date may come between)
    rf"|\W*(?:а|and|et|і|и)\s+[^.;]{{0,50}}?(?:{_FURTHER_WORDS})\s+\d"
    # "С 20:00 до 23:00 перехвачены ещё 31": a later window's count of the weapon just named
    r"|\W*(?:с|з|від|from|between|de|entre)\s+\d{1,2}[:.h]\d\d\s+(?:до|по|to|and|à|et)\s+"
    rf"\d{{1,2}}[:.h]\d\d[^.;\d]{{0,40}}?(?:{_FURTHER_WORDS})\s+\d"
    # "а в ніч на неділю — 118, з них 22 ...": a second night's bare figure after its date
    rf"|{_SECOND_NIGHT_LEAD}\s*\d"
    # "puis 103 autres dans la nuit de samedi à dimanche", "then 103 more on the night to Sunday"
    r"|\W*(?:puis|then|and|et)\s+\d[\d ]*\s+(?:autres|more|others)\s+(?:(?:dans|during|on|in)\s+)?"
    r"(?:the\s+|la\s+)?(?:nuit|night|overnight)"
    # "118 downed or suppressed — an 81% rate."
    r"|\W*\d[\d ]*\s+(?:downed|shot\s+down|destroyed|intercepted|neutrali[sz]ed|suppressed"
    r"|abattus|détruits|interceptés|neutralisés|збито|збиті|знищено|знешкоджено|сбиты|сбито"
    r"|уничтожены)\b"
    # "Air defences shot down 129, it said.": the verb's bare object ends the clause.
    r"|\W*(?:[^\W\d][\w'-]*\s+){1,3}?(?:shot\s+down|downed|destroyed|intercepted)\s+\d+(?=\s*(?:[,.;]|$))"
    # "Downed/suppressed: 78", "Збито/подавлено: 405"
    r"|\W*(?:downed|shot\s+down|destroyed|intercepted|suppressed|збито|сбито|знищено|уничтожено"
    r"|abattus|neutralisés)[\w/ -]{0,30}:\s*\d"
)
# What each of those patterns needs, a digit or one of these words: most sentences have neither.
_ELLIPTIC_WORD = hint(r"été|were|been|було|були|был|none|neither")
# "La défense en a abattu 30": "en", what the sentence before counted. (Apart from the pattern
# above, which would try it at every sentence's every character.)
_EN_DOWNED = re.compile(
    r"e(?<!\we)n\s+(?:a|ont|avait|avaient|avoir)\s+(?:été\s+)?(?:abattu|détruit|intercepté|neutralisé)"
)


# "Сили ППО знешкодили 242 з 270.", "Air defences downed 242 of the 270.": a part of the count
# before, its whole told again without the noun. (Apart: tried only where "з", "из" or "of"
# stands, on the sentence's number words read as digits.)
_PART_OF_WHOLE = re.compile(
    r"\W*(?:[^\W\d][\w'-]*\s+){1,3}?(?:shot\s+down|downed|destroyed|intercepted|знешкодили"
    r"|збили|знищили|перехопили|сбили|уничтожили|перехватили|обезвредили)\s+\d+\s+"
    r"(?:of\s+(?:the\s+)?|out\s+of\s+(?:the\s+)?|з\s+|із\s+|из\s+)\d+(?=\s*(?:[,.;]|$))"
)
# "As of 8:30 a.m., air defences had shot down or suppressed 129.": an opening aside and a
# second verb before the bare figure. (Apart, and tried only when "or" joins two verbs or an
# aside opens the sentence: few sentences do.)
_ELLIPTIC_ASIDE = re.compile(
    r"\W*(?:(?:[^\d;]|\d\d?:\d\d){0,60}?,\s+)?(?:[^\W\d][\w'-]*\s+){1,3}?(?:shot\s+down"
    r"|downed|destroyed|intercepted)(?:\s+or\s+(?:suppressed|jammed))?\s+\d+(?=\s*(?:[,.;]|$))"
)


# "Plus loin dans le même message : « 61 ont été abattus ... »", "It added: "61 were shot
# down."": words that introduce a quote, then the quote.
_QUOTE_LEAD_IN = re.compile(r"[^\d:;.«»\"“”]{1,80}:\s*(?=[«\"“])")


def _is_elliptic(norm: str) -> bool:
    """Whether a sentence goes on counting the weapons of the one before without naming them."""
    if ":" in norm and (lead_in := _QUOTE_LEAD_IN.match(norm)):
        norm = norm[lead_in.end() :]  # what the quote says is the sentence
    if (_HAS_DIGIT.search(norm) or _ELLIPTIC_WORD.search(norm)) and _ELLIPTIC_SENTENCE.match(norm):
        return True
    if (
        (" or " in norm or ", " in norm)
        and ("down" in norm or "destroyed" in norm or "intercepted" in norm)
        and _ELLIPTIC_ASIDE.match(norm)
    ):
        return True
    of_whole = " з " in norm or " із " in norm or " из " in norm or " of " in norm
    if of_whole and _PART_OF_WHOLE.match(norm if _HAS_DIGIT.search(norm) else digitise(norm, "uk")):
        return True
    return "en" in norm and _EN_DOWNED.search(norm) is not None


# How a sentence announces the parts of a total: "31 missiles: 8 Kh-101, ...", "(...)",
# "including". Without it, "eight Kalibr, six Kh-101 and two Kinzhal" simply add up.
_PARTS_MARK = re.compile(
    by_first_letter(
        r"[:(—–]|including|among\s+them|dont|parmi|з\s+них|із\s+них|из\s+них|в\s+том\s+числе"
        r"|у\s+тому\s+числі|серед\s+них|среди\s+них|from|з\s+напрямк|с\s+направлени|depuis"
        r"|зокрема|в\s+частности|notamment"
    )
)
_PARTS_MARK = hint(_PARTS_MARK.pattern)  # searched for as a yes or no only


# A line of a list that gives one figure after its label: "Kh-101 cruise missiles: 6.", or a
# table's row of labelled figures: "Kh-101 cruise missiles — launched: 6; shot down: 6."
_LIST_LINE = re.compile(
    r"[^:;—–=]{1,60}?[:—–=]\s*\d[\d\s.,']{0,8}"
    # "КР Х-101 — 18 шт. (збито 16)": a unit word, then the row's downed in brackets
    r"(?:(?:шт|pcs)\b\.?)?(?:\s*\([^()]{1,40}\))?[\s.;]*$"
)
_LABEL_ROW_LINE = re.compile(
    r"[^:;—–=]{1,60}?:\s*\d\d{0,5}\s+(?:launched|fired|lancés|tirés|запущено|випущено|выпущено)"
    r"(?![\w'])"
)
_TABLE_ROW = re.compile(
    r"[^:;—–=]{1,60}?[—–](?:\s*[^\d:;]{1,30}:\s*\d[\d\s.,']{0,8}(?:;|\.?\s*$)){2,4}"
)


def _dateline_end(norm: str) -> int:
    """Where a wire dateline ("kyiv, march 10 (reuters) -") ends, else 0."""
    found = DATELINE.match(norm) if "," in norm[:40] else None
    return found.end() if found else 0


def _mask_passing(norm: str) -> str:
    if not _PASSING_HINT.search(norm):
        return norm
    for match in _IN_PASSING.finditer(norm):
        if match.start() and norm[match.start() - 1].isalnum():
            continue
        clause = match.group(0)
        if _EVENING_WORD.search(clause) and not match.group("day"):
            continue  # "après en avoir intercepté 22 autres samedi soir": the night's evening
        if (
            not match.group("day")
            and _OVERNIGHT.search(clause)
            and not _HAS_DIGIT.search(norm, _dateline_end(norm), match.start())
            and not _HAS_DIGIT.search(norm, match.end())
        ):
            # "Repair crews were still working on Tuesday after Russia launched 270 drones ...
            # overnight into Monday": the last night's attack, the sentence's only figures.
            continue
        if _HAS_DIGIT.search(clause) and (match.group("day") or _PASSING_TIME.search(clause)):
            norm = norm[: match.start()] + " " * len(clause) + norm[match.end() :]
    return norm


# A figure the text itself withdraws: "earlier we reported 400 drones; the air force has since
# said 450", "an earlier version of this story said ...", "раніше ми повідомляли про 400".
_CORRECTION_HINT = re.compile(
    by_first_letter(
        r"earlier|раніше|ранее|nous\s+avions|précédemment|initialement|initially|помилково"
        r"|ошибочно"
        # (Any "version", "версії", "версии": a correction notice's words, each alone.)
        r"|nous\s+(?:indiquions|annoncions|écrivions|évoquions)|version|версії|версии"
        # "612 drones, not 560 drones as stated", "458 drones, et non 400 comme indiqué"
        r"|not\s+\d|non\s+\d|а\s+не\s+\d"
    )
)
_CORRECTION_HINT = hint(_CORRECTION_HINT.pattern)  # searched for as a yes or no only
_CORRECTION = re.compile(
    r"(?P<lead>earlier\s+we\s+reported|we\s+(?:had\s+)?(?:earlier|initially|previously)\s+reported"
    # ("an earlier version of our 07:55 post said": a live blog's post, named by its time)
    r"|(?:an\s+earlier|the\s+(?:first|original|initial))\s+version\s+of\s+(?:this|the|our)\s+"
    r"(?:\d{1,2}[:.h]\d\d\s+)?(?:story|article|post|report|dispatch|entry|update)\s+\w+"
    r"|earlier\s+reports?\s+(?:said|put|gave)|раніше\s+ми\s+повідом\w*|ранее\s+мы\s+сообщ\w*"
    # "a revised count that replaced an earlier figure of 65 drones": the figure withdrawn.
    r"|replac\w*\s+(?:an?\s+|the\s+)?(?:earlier|initial|previous|first)\s+(?:figure|count|tally)\s+of"
    # "у ранковому повідомленні помилково зазначено 73 збиті дрони": stated in error.
    r"|помилково\s+(?:зазначено|вказано|вказали|повідомлено|повідомили)"
    r"|ошибочно\s+(?:указано|указали|сообщено|сообщили)"
    r"|ранее\s+сообщалось|nous\s+avions\s+(?:d'abord\s+|initialement\s+)?(?:annoncé|indiqué|évoqué)"
    r"|(?:précédemment|initialement)\s+(?:annoncé|évoqué)"
    r"|nous\s+(?:indiquions|annoncions|écrivions|évoquions)"
    # A correction notice: "une version précédente de cette dépêche indiquait par erreur que".
    r"|(?:une\s+|la\s+)?(?:version\s+(?:précédente|initiale)|(?:première|précédente)\s+version)"
    r"\s+de\s+cet(?:te)?"
    r"\s+\w+\s+\w+(?:\s+par\s+erreur)?"
    # "у першій версії новини ми помилково вказали, що ...": what the first version said.
    r"|(?:у|в)\s+(?:попередній|першій|початковій)\s+версії\s+\w+\s+(?:ми\s+)?(?:помилково\s+)?\w+"
    r"|в\s+(?:предыдущей|первой|первоначальной)\s+версии\s+\w+\s+(?:мы\s+)?(?:ошибочно\s+)?\w+)"
    # up to the correction itself: "..., однако по обновленным данным 134"
    # ("..., правильна цифра — 37": the right figure, told in the same sentence)
    r"(?P<claim>[^;.]*?)(?=,\s*(?:однако|но|але|проте|but|however|mais|cependant|правильн\w*"
    r"|верн\w*|the\s+(?:correct|right))\b|[;.]|$)"
)
# The notice's right figure, in the sentence after it: "The air force figure is 38.", "Il
# s'agit de 217 drones.", "Правильна цифра – 138.": it takes the withdrawn figure's place.
_RIGHT_FIGURE = re.compile(
    # ("The air force's statement gives 79": the source's own figure)
    r"\W*(?:the\s+(?:[\w'-]+\s+){0,3}?(?:(?:figure|number)\s+(?:is|was)|statement\s+(?:gives|says))"
    r"|il\s+s'agit\s+d[e']"
    r"|(?:le\s+)?(?:bon\s+)?chiffre\s+(?:exact\s+|correct\s+)?est\s+d[e']"
    r"|правильн\w+\s+(?:цифра|число|кількість|количество)\s*[–—:-]?"
    r"|верн\w+\s+(?:цифра|число)\s*[–—:-]?)\s*(\d{1,6})(?![\d.,]\d)"
)


# "Correction, Thursday: An earlier version ...": the day the notice was written, not the
# attack's.
_NOTICE_DAY = re.compile(
    r"\W*(?:correction|update|rectificatif|mise\s+à\s+jour|виправлення|уточнення|поправка"
    r"|исправление)\s*[,(:–—-]\s*[^\W\d]+\)?\s*:"
)


# The right figure told with the one it replaces: "Russia launched 612 drones, not 560 drones as
# stated in its first report", "458 drones, et non 400 drones comme indiqué", "а не 410, як
# повідомлялося раніше": the figure after "not" is withdrawn.
_NOT_AS_FIRST_SAID = re.compile(
    r"(?:(?:and\s+|but\s+)?not|(?:et\s+|mais\s+)?non(?:\s+pas)?|а\s+не)\s+(?:de\s+|d'|про\s+|о\s+)?\d"
    r"[^;.,()]{0,40}?,?\s(?:as|comme|як|как)\s+(?:[\w']+\s+){0,2}?(?:indiqu|annonc|rapport|stated"
    r"|reported|said|first|initial|earlier|повідомл|зазнач|вказ|сообщ|указ)[^;.,]*"
)


# A revised figure told with the one it replaces: "It now says 32 missiles were launched, not
# 28", "Il y en avait 48, et non 44", "48, а не 44": the first figure takes the second's place
# (four words between: "65 drones ont été lancés, et non 75").
_RIGHT_NOT_WRONG = re.compile(
    r"(?<![\d.,:])(?P<right>\d{1,4})(?:\s+[^\W\d][\w'-]*){0,4}?,?\s+(?:and\s+|but\s+)?"
    r"(?:not|(?:et\s+|mais\s+)?non(?:\s+pas)?|а\s+не)\s+(?P<wrong>\d{1,4})(?![\d.,:]?\d|\s*%)"
)


def _corrected(
    para: list[str],
    withdrawn: dict[int, tuple[int, tuple[int, int]]] | None = None,
    p_index: int = 0,
) -> list[str]:
    """The paragraph's withdrawn figures blanked, or replaced by the figure the notice gives.

    `withdrawn` gets each wrong figure with the right one and where the notice is (paragraph
    `p_index`, sentence), for the post that told it first: a figure read after the notice is
    another count that happens to be equal.
    """
    fixed = []
    for index, norm in enumerate(para):
        if withdrawn is not None and ("not " in norm or "non " in norm or " не " in norm):
            for revised in _RIGHT_NOT_WRONG.finditer(norm):
                withdrawn.setdefault(
                    int(revised["wrong"]), (int(revised["right"]), (p_index, index))
                )
        norm = _NOT_AS_FIRST_SAID.sub(_blank, norm)
        match = _CORRECTION.search(norm)
        if match is None:
            fixed.append(norm)
            continue
        if day := _NOTICE_DAY.match(norm):
            norm = " " * day.end() + norm[day.end() :]
            match = _CORRECTION.search(norm) or match
        right = index + 1 < len(para) and _RIGHT_FIGURE.match(para[index + 1])
        wrong = _BARE_NUMBER.findall(match["claim"]) if right else []
        # "... said 83 drones, with 61 downed. The air force figure is 38 drones, of which 29
        # ...": the right figures, in the order of the wrong ones.
        rights = [right.group(1)] if right else []
        if right and len(wrong) > 1:
            told = para[index + 1]
            sentence_end = told.find(". ", right.end(1))
            sentence_end = len(told) if sentence_end < 0 else sentence_end
            rights += _BARE_NUMBER.findall(told, right.end(1), sentence_end)
        if right and len(wrong) == len(rights):
            claim, told_at = "", 0
            for number, figure in zip(_BARE_NUMBER.finditer(match["claim"]), rights, strict=True):
                claim += match["claim"][told_at : number.start()] + figure
                told_at = number.end()
            claim += match["claim"][told_at:]
            if withdrawn is not None:
                for wrong_figure, right_figure in zip(wrong, rights, strict=True):
                    withdrawn[int(wrong_figure)] = (int(right_figure), (p_index, index))
            # The notice's own words go; the claim stays, with the right figure, same length.
            lead = " " * max(1, len(match["lead"]) + len(match["claim"]) - len(claim))
            norm = norm[: match.start()] + lead + claim + norm[match.end() :]
        fixed.append(_CORRECTION.sub(_blank, norm))
    return fixed


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group(0))


# "17 drones abattus entre 20 h et 23 h, portant le total à 81 en une nuit": a running total
# of figures told apart; blanked, so the evening's own figure joins the night's as any does.
_RUNNING_TOTAL_WORDS = ("portant l", "bringing t", "taking t", "raising t", "довівши", "доведя")
_RUNNING_TOTAL = re.compile(
    r"(?:portant|bringing|taking|raising)\s+(?:le|the|their|leur)\s+(?:[\w-]+\s+)?"
    r"(?:total|bilan|tally|count|nombre)\s+(?:[\w-]+\s+)?(?:à|to)\s+\d[^,;.]*"
    r"|(?:довівши|доведя)\s+(?:загальн\w+|общ\w+)\s+(?:кількість|число|количество)\s+[^,;.]*"
)


# A thread's post number at a line's start ("2/ 98 shot down/suppressed."): no count.
_POST_NUMBER = re.compile(r"(?m)^[^\w\s]{0,2}\s?\d\d?/(?=\s)")


# Another attack cited as a yardstick: "the previous record of 810 drones set on 7 September,
# when ...", "рекордом досі залишаються 810 дронів", "Для порівняння, 6 грудня ...". Its
# figures, date and record word are not this attack's: blanked to the clause's end.
_BENCHMARK_HINT = re.compile(
    by_first_letter(r"previous|précédent|попередн|предыдущ|рекордом|record|comparison|comparaison"
                    r"|раніше\s+на|ранее\s+(?:кр|са)|auparavant"
                    r"|рекорд\w*\s*[–—(,-]?\s*(?:він|вона|он|она|який|которы)"
                    r"|порівняння|сравнения|surpass|dépass|reach|exceed|que\s+lors|short\s+of"
                    r"|than\s+during|than\s+in\s+the|ніж\s+під|чем\s+во|loin\s+des?\s|deçà"
                    r"|far\s+(?:below|from|off)|well\s+(?:below|from|off)"
                    r"|далеко|рекордн|менше\s+(?:за|ніж)\s+рекорд|меньше\s+(?:чем\s+)?рекорд"
                    r"|moins\s+que\s+(?:le|l'ancien)\s+record|(?:fewer|less)\s+than\s+the\s+record")
)
_BENCHMARK_HINT = hint(_BENCHMARK_HINT.pattern)  # searched for as a yes or no only
_BENCHMARK = re.compile(
    by_first_letter(
        r"(?:previous|précédent\w*|попередн\w+|предыдущ\w+)\s+(?:record|рекорд|peak|pic|sommet|high|пік|пик)\w*"
        # "The previous largest strike, on Feb. 8, involved 853 drones and missiles"
        r"|(?:previous|précédent\w*|попередн\w+|предыдущ\w+)\s+(?:largest|biggest|heaviest"
        r"|plus\s+(?:grand|important|massi)\w*|наймасованіш\w*|найбільш\w*|крупнейш\w*"
        r"|самая\s+массированн\w*)"
        r"|(?:du|the|le)\s+record\s+(?:de|of)\s+(?:(?:around|about|some|nearly|over|just\s+over"
        r"|more\s+than|environ|près\s+de|plus\s+de)\s+)?(?=\d)"
        r"|рекордом\s+(?:досі|до\s+сих\s+пор|пока)\s+(?:залишаю\w+|оста[её]\w+)"
        # "Раніше найбільшою атакою на Москву вважалася ніч на 7 травня", "Previously, the
        # largest attack on Moscow was ...": the record the night beat, told with its figures.
        r"|(?:раніше|ранее|previously|auparavant)\s*,?\s+(?:the\s+|la\s+|le\s+)?(?:найбільш\w*"
        r"|наймасованіш\w*|крупнейш\w*|самой\s+массированн\w*|самая\s+массированн\w*|largest"
        r"|biggest|heaviest|plus\s+(?:grand|important|massi)\w*)"
        # "The record so far stands at 810 drones", "le record reste de 810 drones", "The record
        # is still the 810 drones of September 7th"
        r"|(?:the|le)\s+record\s+(?:so\s+far\s+|to\s+date\s+|jusqu'ici\s+|à\s+ce\s+jour\s+)?"
        r"(?:stands|stood|is|remains|est|reste)\s+(?:still\s+|toujours\s+)?(?:at\s+|de\s+)?"
        r"(?:the\s+|les\s+)?(?=\d)"
        # "Ce n'est pas un record – celui-ci reste les 1 022 drones du 19 juillet": the record,
        # taken up by a pronoun ("which still stands at", "он по-прежнему составляет").
        r"|record\s*[–—(,-]?\s*(?:celui-ci|celui-là|lequel|which|that|it)\s+(?:still\s+|toujours"
        r"\s+)?(?:stands|stood|is|remains|reste|demeure|est)\s+(?:at\s+|de\s+)?(?:the\s+|les\s+)?"
        r"(?=\d)"
        r"|рекорд\w*\s*[–—(,-]?\s*(?:він|вона|он|она|який|которы\w+)\s+(?:досі\s+|и\s+сейчас\s+"
        r"|по-прежнему\s+)?(?:залишаються|залишається|остается|остаются|становить|составляет)"
        r"\s+(?=\d)"
        # "surpassing the 728 drones sent on July 9": the attack it beat, by its figure.
        # ("Neither attack reached the 728 drones launched on 9 July")
        # ("eclipsing the 472 drones launched on June 1", "outstripping the 728")
        r"|(?:surpass\w*|dépass\w*|reach\w*|exceed\w*|eclips\w*|outstrip\w*|overtak\w*)\s+"
        r"(?:the|les|le)\s+(?=\d)"
        # "the total fell short of the 810 drones Moscow sent on September 7": not reached.
        r"|short\s+of\s+(?:the|its)\s+(?=\d)"
        # "loin des 810 drones du 7 septembre", "far below the 810": measured against, not met.
        r"|(?:loin|en\s+deçà)\s+des?\s+(?=\d)|(?:far|well)\s+(?:below|from|off)\s+(?:the\s+)?(?=\d)"
        r"|далеко\s+(?:від|до|от)\s+(?=\d)"
        # "меньше рекордных 810 беспилотников", "fewer than the record 810": measured against.
        r"|(?:меньше|менше|ниже|нижче|больше|більше)\s+(?:(?:чем|ніж)\s+)?рекордн\w+\s+(?=\d)"
        r"|(?:fewer|less|lower|more)\s+than\s+the\s+record\s+(?=\d)|(?:below|under)\s+the\s+record"
        # "soit quatorze drones de moins que le record du 7 septembre 2025 (810)", "14 short of
        # the record": short of it, the record's day and figure told after.
        r"|de\s+moins\s+que\s+(?:le|l'ancien)\s+record\b|(?:fewer|less)\s+than\s+the\s+record\b"
        r"|менше\s+(?:за|ніж)\s+рекорд\w*|меньше\s+(?:чем\s+)?рекорд\w*"
        r"\s+(?=\d)|(?:inférieur\w*|supérieur\w*)\s+au\s+record\s+(?:de\s+)?(?=\d)"
        # "не дотянула до рекордных 810 дронов", "не дотягнула до рекордних 810": not reached.
        r"|до\s+рекордн\w+\s+(?=\d)"
        r"|(?:for|by|in)\s+comparison|(?:par|à\s+titre\s+de|pour)\s+comparaison"
        r"|для\s+(?:порівняння|сравнения)"
        # "un peu moins que lors de l'attaque du 28 septembre (595 drones ...)": measured against.
        r"|que\s+lors\s+d|than\s+(?:during|in)\s+the\s+(?:attack|strike|barrage)"
        r"|ніж\s+під\s+час|чем\s+во\s+время"
    )
)


# "surpassing the previous record of 810": the words that claim the record are kept.
_BEATS = re.compile(r"(?:surpass\w*|eclips\w*|outstrip\w*|broke|breaking|beat\w*|dépass\w*"
                    r"|battu\w*|побив\w*|побил\w*|перевищ\w*|превыс\w*)\s+(?:(?:the|its|le|son|leur)\s+)?$")


# "Sunday's attack, by comparison, involved 496 drones": the text's own attack set against the
# ones told before it, not a yardstick (the comparison words between commas after it).
_OWN_ATTACK_COMPARED = re.compile(
    rf"(?:{WEEKDAY_WORDS})'s|overnight|tonight|last\s+night|this\s+(?:night|week)|the\s+latest"
    r"|cette\s+nuit|цієї\s+ночі|этой\s+ночью"
)
_COMPARISON_WORDS = ("comparison", "comparaison", "порівняння", "сравнения")


# "Тогда Минобороны отчитывалось о 337 ...", "At the time, ...": the time of the sentence before.
_THEN_OPENING = re.compile(
    r"\W*(?:тогда|тоді|then|at\s+the\s+time|à\s+l'époque|alors)(?![\w'])"
)


def _benchmarks_masked(para: list[str]) -> list[str]:
    """A paragraph's yardsticks masked, and a sentence opening on their time ("Предыдущий
    рекорд ... в марте 2025 года ... Тогда Минобороны отчитывалось о 337") with them."""
    out: list[str] = []
    yardstick_before = False
    for norm in para:
        masked = _mask_benchmark(norm)
        if masked == norm and yardstick_before and _THEN_OPENING.match(norm):
            masked = _HAS_DIGIT.sub(" ", norm)
        yardstick_before = masked != norm
        out.append(masked)
    return out


def _mask_benchmark(norm: str) -> str:
    for match in _BENCHMARK.finditer(norm):
        end = norm.find(";", match.end())
        end = len(norm) if end < 0 else end
        if (
            match.group().endswith(_COMPARISON_WORDS)
            and norm.endswith(", ", 0, match.start())
            and _OWN_ATTACK_COMPARED.search(norm, 0, match.start())
        ):
            continue
        if digit := _HAS_DIGIT.search(norm, match.end(), end):
            # "Loin du record de 810 drones ..., l'attaque de cette nuit ... : la Russie a lancé
            # 172 drones": past the yardstick's figure, a colon after the night's own attack
            # named opens that attack's news.
            colon = norm.find(": ", digit.end(), end)
            if colon > 0 and _OWN_ATTACK_COMPARED.search(norm, digit.end(), colon):
                end = colon
            start = match.start()
            if _BEATS.search(norm, max(0, start - 25), start):
                start = match.end()
            elif _SHORT_OF_RECORD.match(match.group()) and (
                difference := _DIFFERENCE_BEFORE.search(norm, max(0, start - 40), start)
            ):
                start = difference.start("words")  # ", soit quatorze drones": the gap, no count
            norm = norm[:start] + " " * (end - start) + norm[end:]
    return norm


# "..., soit quatorze drones de moins que le record", ", 14 fewer than the record": the figure
# before is how far short of the record, not another count.
_SHORT_OF_RECORD = re.compile(r"de\s+moins|fewer|less")
_DIFFERENCE_BEFORE = re.compile(r"(?:,\s+|\bsoit\s+)(?P<words>(?:[\w'-]+\s+){1,3})$")


# A third country's war: counted drones or missiles there are not this monitor's attacks,
# unless the sentence also names Ukraine ("drones aimed at Ukraine crossed into Poland").
_FOREIGN = re.compile(
    by_first_letter(
        r"poland|polish|pologne|polonais\w*|польщ\w*|польш\w*|польск\w*|romania\w*|roumani\w*"
        r"|румуні\w*|румыни\w*|moldov\w*|молдов\w*|israel\w*|israël\w*|israéli\w*|ізраїл\w*|израил\w*"
        r"|iran(?![\w-])|іран(?![\w-])|иран(?![\w-])|houthi\w*|хусит\w*|хуси(?![\w-])|yemen\w*"
        r"|yémen\w*|sudan\w*|soudan\w*|судан\w*|hezbollah|хезболл\w*|lebanon|liban\w*"
        # India and Pakistan's clashes: "shot down 25 Indian drones", "drones indiens".
        r"|pakistan\w*|пакистан\w*|india(?:n|ns|'s)?(?![\w-])|inde(?![\w-])|indien\w*"
        r"|інді[яїює](?![\w'-])|індійськ\w*|инди[яию](?![\w-])|индией|индийск\w*"
    )
)
_FOREIGN_HINT = hint(_FOREIGN.pattern)
_UKRAINE = re.compile(by_first_letter(r"ukrain|україн|украин|kyiv|kiev|київ|киев|всу|зсу"))


# One region's count is a part of an attack, not the attack: the regional or city authority
# giving it (when no national source is named), or a place the figures are restricted to.
_REGIONAL_SOURCE = re.compile(
    by_first_letter(
        r"governor|mayor|military\s+administration|regional\s+(?:authorit|administration|head)"
        r"|gouverneur|maire\b|administration\s+militaire|губернатор\w*|мэр\w*|очільник\w*"
        r"|\bова\b|\bмва\b|\bода\b|військов\w+\s+адміністрац\w*"
        # the head of a region, a republic ("раис Татарстана", "глава Республики Крым")
        r"|глав\w+\s+(?:\w+\s+)?(?:област|республик|регион)\w*|раис\w*"
        r"|собянин\w*|собянін\w*|sobyanin|sobianine|міськ\w+\s+голов\w*|городск\w+\s+глав\w*"
        # Mayors and governors who post under their own name: "Віталій Кличко:".
        r"|кличк\w*|klitschko|klytchko|гладков\w*|gladkov|терехов\w*|terekhov|синєгубов\w*"
        r"|синегубов\w*|syniehubov"
    )
)
_REGIONAL_SOURCE = hint(_REGIONAL_SOURCE.pattern)  # searched for as a yes or no only
_NATIONAL = re.compile(
    by_first_letter(
        r"air\s+force|armée\s+de\s+l'air|forces\s+aériennes|повітрян\w+\s+сил|воздушн\w+\s+сил"
        r"|defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e|ministère\s+(?:russe\s+)?de\s+la"
        r"\s+défense|минобороны|міноборони|министерств\w+\s+обороны|міністерств\w+\s+оборони|генштаб\w*|general\s+staff"
        r"|генеральн\w+\s+штаб\w*"
        r"|(?:at|against|on|across|sur|contre|по|на)\s+(?:the\s+)?(?:ukraine|l'ukraine|україн\w*"
        r"|украин\w*)|across\s+the\s+country|по\s+всій\s+країні|по\s+всей\s+стране"
        # "Russia struck western Ukraine with more than 500 drones": several regions, not a city's.
        # ("Russia attacked Ukraine overnight with ...": the whole country, beside a mayor's word.)
        r"|(?:struck|hit|attacked|pounded|targeted)\s+(?:(?:western|eastern|southern|northern"
        r"|central)\s+)?ukraine|attaqué\s+l'ukraine|атакува\w*\s+україн|атакова\w*\s+украин"
        # "над территориями Курской, Брянской и Ростовской областей": several regions' count.
        r"|над\s+территориями|над\s+територіями"
        # "au-dessus de neuf régions", "над 14 регионами", "over seven Russian regions": several.
        r"|(?:over|above|au-dessus\s+de|над)\s+(?:\d{1,2}|(?!the\s)[^\W\d]+)\s+(?:(?:russian"
        r"|russes|российскими|російськими)\s+)?(?:regions|régions|регионами|регіонами|областями)"
        # "відбивали ... підрозділи Сил оборони України": the country's forces, not a region's.
        r"|сил\w*\s+оборони\s+україни|сил\w*\s+обороны\s+украины"
        # "26 – над территорией Курской области, 21 – над ...": the parts of several regions.
        r"|област[иі],\s+\d{1,4}\s*[–—-]\s*над|region,\s+\d{1,4}\s+over\s"
        # "Russia said it had downed 289 Ukrainian drones": the state's own count, ministry unnamed.
        r"|(?:russia|moscow|ukraine|kyiv|kiev)\s+(?:said|says|claimed)\s+(?:on\s+\w+\s+|\w+day\s+)?"
        r"(?:it|its)\b|(?:la\s+russie|moscou|l'ukraine)\s+(?:a\s+)?(?:affirm|annonc|indiqu)\w*"
        r"|(?:россия|росія|москва|украина|україна|киев|київ)\s+заяви\w*"
        # The bulletins' own wording, the ministry's and the Air Force's, source unnamed.
        r"|дежурными\s+средствами\s+пво|збито\s*/\s*подавлено"
        # ("ще 12 – локаційно втрачені": the Air Force's word for drones lost from its radars)
        r"|локаційно\s+втрач\w*|локационно\s+потер\w*|locationally\s+lost|lost\s+locationally"
    )
)
_NATIONAL = hint(_NATIONAL.pattern)  # searched for as a yes or no only
# "Ni l'armée de l'air ni le ministère n'avaient publié leur bilan": no national source.
_NEGATION = re.compile(
    by_first_letter(
        r"n'avai\w*\s+pas|n'étai\w*\s+pas|n'a\s+pas\s+encore|ni\s+l'|(?:has|had|have)\s+not\s+yet"
        r"|(?:has|had|have)(?:\s+not|n't)\s+(?:published|released|given|reported)"
        r"|not\s+yet\s+(?:published|released|given)|ще\s+не|еще\s+не|пока\s+не"
        # "The Air Force's nationwide figures were not available at the time of publication."
        r"|(?:figures|data|numbers)\s+(?:[\w']+\s+){0,5}?(?:was|were|is|are)\s+(?:not\s+(?:yet\s+)?"
        r"|un)available"
        # "Минобороны ... общих данных за ночь не приводило": no national figure either.
        r"|не\s+(?:приводил|наводил|публиковал|опубликовал|оприлюднил|оприлюднювал|опублікував)\w*"
        # "Общие данные Минобороны за ночь не поступали": none came in.
        r"|не\s+(?:поступал|надходил)\w*"
        # "Общее число ... Минобороны к моменту публикации не сообщило": none given yet.
        r"|(?:к\s+моменту|на\s+момент)\s+(?:публикации|публікації)\s+не\s"
        # "Повітряні сили оприлюднять пізніше": not published yet either.
        r"|оприлюднять|опублікують|опубликуют|will\s+(?:publish|release)|publiera\w*"
        # "Загальні дані Повітряних сил ще уточнюються": still being worked out, none given.
        r"|ще\s+уточнюю|еще\s+уточняю|ещё\s+уточняю|still\s+being\s+(?:clarified|finali[sz]ed)"
    )
)


# A text saying the national figures are not out yet: "ще не оприлюднено", "not yet published".
_NOT_OUT_YET = hint(
    r"ще\s+не\s+оприлюдн|еще\s+не\s+опубликова|пока\s+не\s+опубликова|yet\s+(?:published"
    r"|released)|encore\s+(?:publié|communiqué)"
    # ("Загальні дані Повітряних сил ще уточнюються": still being worked out, not out yet)
    r"|ще\s+уточнюю|(?:еще|ещё)\s+уточняю|still\s+being\s+(?:clarified|finali[sz]ed)"
)


# "по его подсчётам, силы ПВО Минобороны сбили 46": the ministry's forces, in a mayor's count,
# not the ministry's statement.
# (each alternative starts with a letter: an optional group in front would be tried at every
# position of the whole text, 0.56 ms on an 11 KB article against 0.12)
_MINISTRY_FORCES = re.compile(
    by_first_letter(
        r"(?:силы|сил|сили|силами|силам)\s+(?:пво|ппо)\s+(?:минобороны|міноборони)"
        # ("ПВО Минобороны сбили ещё 4": the ministry's air defence, named without "силы")
        r"|(?:пво|ппо)\s+(?:минобороны|міноборони)"
        r"|defen[cs]e\s+ministry's\s+air\s+defen[cs]es?|ministry's\s+air\s+defen[cs]es?"
        r"|défense\s+antiaérienne\s+du\s+ministère"
    )
)


def _without_negated(text: str) -> str:
    """The text with its sentences that deny something blanked out."""
    for match in _NEGATION.finditer(text):
        start = max(text.rfind(".", 0, match.start()), text.rfind("\n", 0, match.start())) + 1
        ends = [i for i in (text.find(".", match.end()), text.find("\n", match.end())) if i >= 0]
        end = min(ends) if ends else len(text)
        text = text[:start] + " " * (end - start) + text[end:]
    return text


_REGIONAL_PLACE = re.compile(
    by_first_letter(
        r"над\s+(?:областю|регіоном|регионом|столицею|столицей|києвом|киевом|москвою|москвой"
        r"|містом|городом|(?:территорией|територією)\s+(?:региона|регіону|области|області|края))|(?:по|на)\s+\w+щин[іуи]\b|атакува\w*\s+(?:область|столицю|місто)"
        r"|летевш\w+\s+на\s+(?:москву|столицу)|летіл\w+\s+на\s+(?:київ|столицю|москву)"
        # ("на підльоті до Харкова": on their way to any one city)
        r"|на\s+подл[её]те\s+к\s+[^\W\d]+|на\s+підльоті\s+до\s+[^\W\d]+"
        r"|(?:over|heading\s+for|flying\s+towards?|towards?)\s+(?:the\s+)?(?:capital|city|moscow)"
        r"|(?:vers|au-dessus\s+de)\s+(?:la\s+capitale|moscou|la\s+ville|la\s+région(?!\s+d))"
        # ("adding that ten drones had been destroyed over his region": the governor's own)
        r"|over\s+(?:the|his|her|its|their)\s+region\b|au-dessus\s+de\s+sa\s+région"
        r"|над\s+(?:своєю|своей|його|её|ее)\s+(?:областю|областью|регіоном|регионом)"
        # "У повітряному просторі міста сили ППО знищили понад 40 цілей": the city's sky only.
        # (from the rare word on: a hint that starts with "в" would search every sentence)
        r"|повітряному\s+просторі\s+(?:міста|столиці|області)"
        r"|воздушном\s+пространстве\s+(?:города|столицы|области)"
        r"|(?:city's|capital's|region's)\s+airspace|ciel\s+de\s+la\s+(?:ville|capitale)"
        # "у межах міста знешкоджено 20 цілей": within the city's bounds only.
        r"|межах\s+(?:міста|столиці|області|регіону|громади|києва|[^\W\d]+щини)"
        r"|пределах\s+(?:города|столицы|области|региона|москвы|киева)"
        r"|within\s+(?:the\s+)?(?:city|capital)(?:'s)?\s+(?:limits|bounds|boundaries)"
        r"|limites\s+de\s+la\s+(?:ville|capitale)"
        # A tracker's sighting: "~12 missiles heading south-west over Kursk region".
        r"|heading\s+(?:north|south|east|west)"
        # (not "visé la région d'Odessa et le centre de l'Ukraine": more than the one region)
        r"|(?:visé|ciblé|attaqué|frappé)\w*\s+la\s+région\s+d[e']\s*\w+(?![\w-]|\s+et\s)"
    )
)
_REGIONAL_PLACE = hint(_REGIONAL_PLACE.pattern)  # searched for as a yes or no only
# "; ... ont frappé la région de ...", ": вона влучила в ...": a clause of where they struck.
_STRUCK_CLAUSE = re.compile(
    r"[;:]\s+(?=[^;:]*(?:влучил|влучив|влучан|впал|попал|struck|\bhit\b|frappé|touché))"
    # ("Збито 45 дронів, влучання зафіксовано на трьох локаціях на Миколаївщині": the hits'
    # clause, after a comma, names where they fell)
    r"|,\s+(?=(?:влучання|попадания|прильоты|прильоти|hits\s+were|impacts?\s+(?:were|was|ont)"
    r"|des\s+impacts)\b)"
)
# ", а Минобороны ...", ", while the ministry ...": a clause of another source, in contrast.
# ("Собянин отчитался о 52 ...; всего, по данным Минобороны, ... 211": a clause of its own)
_CONTRAST_JOIN = re.compile(r",\s+(?:а|тогда\s+как|тоді\s+як|while|whereas|tandis\s+que)\s|;\s")
# "запустив 47 дронів, переважно на Сумщину": where most went, not the count's bounds.
# ("mostly over the Bryansk, Kursk and Oryol regions and over the Moscow region": the list
# of places goes on to the clause's end.)
_MAINLY = re.compile(
    r"(?:переважно|здебільшого|в\s+основному|преимущественно|в\s+основном|mainly|mostly"
    r"|primarily|principalement|surtout"
    # "94 ударними БпЛА, більшість з яких була спрямована на Сумщину": most of them, not all.
    r"|(?:більшість|большинство|most|la\s+plupart)\s+(?:з|із|из|of|d'entre)\s+(?:яких|которых"
    r"|them|which|eux|elles)(?:\s+[^\W\d]+){0,3}?"
    # "основний удар припав на Одещину, Миколаївщину": where the main blow fell, not all.
    r"|основн\w+\s+удар(?:\s+[^\W\d]+){0,2}?)"
    r"\s+(?:на|по|в|у|над|on|at|in|over|sur|vers|towards?)\s+[^,;.]*"
    r"(?:,\s*(?:and\s+|et\s+|і\s+|и\s+)?[^\W\d][^,;.\d]*)*"
)
_MAINLY_HINT = hint(r"переважно|здебільшого|основному|преимущественно|основном|mainly|mostly"
                    r"|primarily|principalement|surtout|більшість|большинство|most\s+of|plupart"
                    r"|основн\w+\s+удар")
_THEN_THE_LARGEST = re.compile(
    r"(?:what|which)\s+was\s+then\s+(?:its|the|russia's)\s+(?:biggest|largest|record|heaviest)"
    r"|(?:qui\s+était|c'était)\s+alors\s+(?:sa|la)\s+plus\s+(?:grande|massive|importante)"
)
# A live blog's summary of its posts: their figures again.
# A correction's own earlier figure ("As we reported, ..." is not one).
_WE_SAID = re.compile(
    r"(?<!as )\bwe\s+(?:said|wrote|reported|had\s+(?:said|written|reported))\b"
    r"|nous\s+(?:avons|avions)\s+(?:écrit|indiqué|annoncé)|мы\s+(?:писали|сообщали|указали)"
    r"|ми\s+(?:писали|повідомляли|вказали)"
)
_WE_SAID = hint(_WE_SAID.pattern)  # searched for as a yes or no only


_RECAP = re.compile(
    r"(?:(?:a\s+(?:quick\s+|brief\s+)?|to\s+)?recap\b|in\s+summary\b|en\s+résumé\b|pour\s+résumer"
    r"|récapitulatif|підсумовуючи|подводя\s+итог|pour\s+ceux\s+qui\s+nous\s+rejoignent"
    r"|for\s+(?:readers|those)\s+(?:just\s+)?joining\s+us)"
)
# "13:05 — A recap for readers just joining us: ...": a post's time may come first.
_POST_TIME = re.compile(r"\d{1,2}\s?[:.h]\s?\d\d\s*[—–-]?\s*")
_POST_OPENING = re.compile(r"\d{1,2}\s?[:.h]\s?\d\d\s*[—–-]\s")  # a post's time and its dash


def _post_time_end(norm: str) -> int:
    found = _POST_TIME.match(norm) if norm[:1].isdigit() else None
    return found.end() if found else 0
# A region named by its name: what a figure without its noun is a part of.
_NAMED_REGION = re.compile(
    r"над\s+(?:территори\w+\s+)?\w+(?:ской|ською|ській|ським|ским)\s+(?:област|кра)\w*"
    r"|over\s+the\s+[a-z]+\s+region|au-dessus\s+de\s+la\s+région\s+d"
)
# A sentence that gives a total and its parts by region names the regions for the parts.
_HAS_PART = re.compile(
    by_first_letter(
        r"including|of\s+them|of\s+which|dont|в\s+том\s+числе|у\s+тому\s+числі|из\s+них|з\s+них"
        r"|зокрема"
        r"|із\s+них"
        # "..., parmi lesquels un missile Orechnik qui a frappé la région de Lviv": a part's place.
        r"|among\s+(?:them|which)|parmi\s+(?:eux|elles|lesquel)|серед\s+(?:них|яких)"
        r"|среди\s+(?:них|которых)"
    )
)
_HAS_PART = hint(_HAS_PART.pattern)  # searched for as a yes or no only


_NOT_AN_ATTACK = re.compile(
    by_first_letter(
        r"could\s+(?:soon\s+|still\s+|now\s+|also\s+)?(?:launch|fire|hold|send|use|sustain)|at\s+(?:that|this)\s+rate|can\s+(?:now\s+|still\s+)?(?:launch|fire|send)\b"
        # "One mobile fire group can bring down five or six Shaheds", "Russia has been launching
        # 500 or 600 drones on its heaviest nights": what one can do, a habit of late.
        r"|can\s+(?:bring|shoot|take)\s+down|(?:has|have)\s+been\s+(?:launching|firing|sending)\b"
        r"|expects?\s+(?:the\s+)?(?:russia\w*|moscow)\s+to|expected\s+to\s+launch"
        r"|(?:may|could|might)\s+(?:soon\s+|one\s+day\s+)?be\s+able\s+to"

        r"|(?:try|trying|attempt)\s+to\s+(?:launch|fire)"
        r"|expect\w*\s+(?:[\w']+\s+){1,6}?to\s+(?:grow|rise|increase|continue|launch|fire)\b"
        # A worked example or an exercise: "si la Russie lance 100 drones", "условный налет".
        r"|exemple\s+fictif|hypothetical|suppose\b|supposons|imaginons|припустимо|предположим|(?:if|si)\s+(?:tomorrow\s+|demain\s+|one\s+day\s+|un\s+jour\s+)?(?:la\s+|the\s+)?(?:russia|russie|moscow|moscou|ukraine|l'ukraine|kyiv|kiev"
        # ("Et si la Russie envoyait 2 000 drones", "Si Moscou en envoyait 2 000", "Si demain
        # la Russie envoyait": a day to come changes nothing)
        r"|they|ils|l'ennemi|enemy)\s+(?:does\s+|do\s+|ever\s+|en\s+)?(?:launch(?:es|ed)?|fire[sd]?|sends?|sent"
        r"|lancen?t?|lançai\w*|tirent|tire|tirai\w*|envoi\w*|envoyai\w*)\b|\bучени\w*|\bнавчан\w*|условн\w+\s+налет"
        # ("Si Moscou concentre 800 drones sur Kiev": any verb, its figure right after it.)
        r"|(?:if|si)\s+(?:la\s+|the\s+)?(?:russia|russie|moscow|moscou|ukraine|l'ukraine|kyiv|kiev"
        r"|l'ennemi|the\s+enemy)"
        r"\s+[^\W\d]+\s+(?:up\s+to\s+|jusqu'à\s+)?\d"
        # "Even with a 90% interception rate, 100 drones getting through ...", "навіть за рівня
        # збиття в 90 відсотків до цілей долетять близько ста дронів": arithmetic on a rate.
        r"|even\s+(?:with\s+|at\s+)?(?:a|an|the)\s+[^,;]{0,24}?interception\s+rate"
        r"|même\s+(?:avec\s+)?(?:un|le)\s+taux\s+d'interception"
        r"|навіть\s+(?:за|при)\s+(?:рівн\w+|відсотк\w+)\s+(?:збиття|перехоплення)"
        r"|даже\s+при\s+(?:уровне|проценте)\s+(?:перехвата|сбития|поражения)"
        # "Если в одну ночь запустить две тысячи дронов", "Якщо ворог запустить 1 000 дронів".
        # ("Если одновременно будет запущено 1 000 дронов": the passive participle too)
        r"|если\s+(?:[\w-]+\s+){0,4}?(?:запуст|запуска|запущ|выпуст|выпуска|выпущ|примен|накоп)\w*"
        # ("Якщо ворог запускатиме по 700 дронів щоночі": the imperfective too)
        r"|(?:якщо|якби)\s+(?:[\w'-]+\s+){0,4}?(?:запуст|запуска|запущ|випуст|випуска|випущ"
        r"|застосу|накопич)\w*"
        # "чи може росія одного разу запустити тисячу «шахедів»?", "сможет ли Россия выпустить",
        # "could Russia ever launch": a question about what may come.
        r"|чи\s+(?:може|зможе|здатна|здатен)\s+(?:[\w'-]+\s+){0,4}?(?:запуст|випуст|застосу)\w*"
        r"|(?:может|сможет)\s+ли\s+(?:[\w-]+\s+){0,4}?(?:запуст|выпуст|примен)\w*"
        r"|(?:can|could)\s+(?:russia|moscow)\s+(?:ever\s+|one\s+day\s+)?(?:launch|fire|send)\b"
        r"|условн\w*\s+пример|умовн\w*\s+приклад"
        # "противник міг би випустити 1 000 БпЛА", "мог бы выпустить": the conditional mood.
        r"|м(?:іг|ог|огл[аио])\s+(?:б|би|бы)\s+(?:[\w'-]+\s+)?"
        r"(?:запуст|випуст|выпуст|застосу|примен)\w*"
        # "such a pace would allow Moscow to launch 1,000 drones": what it makes possible.
        r"|(?:allow|enabl)\w*\s+(?:[\w']+\s+){0,2}?to\s+(?:launch|fire|send)\b"
        r"|(?:is|was|were|are)\s+preparing|pourrait\s+(?:bientôt\s+)?(?:être\s+en\s+mesure\s+de\s+)?(?:lancer"
        r"|atteindre|tirer|envoyer)|possibilité\s+que|possibility\s+(?:that|of)"
        # "interceptors to deal with attacks involving up to 800 drones": a need, not a night.
        r"|(?:deal|cope)\s+with\s+(?:attacks|raids|salvos|strikes)|faire\s+face\s+à\s+des\s+attaques"
        r"|prépar\w*\s+(?:des|une)\s+(?:attaques?|frappes?)|in\s+the\s+coming\s+days"
        r"|d'ici\s+(?:à\s+)?(?:la\s+fin|l'hiver|l'été|l'automne|le\s+printemps)"
        r"|by\s+the\s+end\s+of\s+the\s+year|en\s+mesure\s+de\s+(?:lancer|tirer|envoyer)"
        # "що росія запустить тисячу дронів", "выпустят": a future (or an infinitive), no night
        r"|(?:запуст|випуст|выпуст)(?:ить|ит|ять|ят)(?![\w'])"
        # "до городов будут долетать более ста беспилотников": a future, told of no night.
        r"|будут\s+[^\W\d]+(?:ть|ться)(?![\w'])|будуть\s+[^\W\d]+(?:ти|тися|тись)(?![\w'])"
        # "only a matter of time before Russia launches 1,000 drones": not yet happened.
        r"|(?:matter|question)\s+of\s+time|question\s+of\s+whether|planning\s+for\s+(?:nights?|attacks?)"
        # "If 1,000 drones and 60 missiles arrive together": a figure made up for the argument.
        r"|\bif\s+\d|question\s+de\s+temps|питання\s+часу|вопрос\s+времени"
        r"|this\s+winter|cet\s+hiver|to be able to"
        r"|in\s+the\s+coming\s+(?:weeks|months)|dans\s+les\s+prochain\w+|готує\w*\s+до|готовит\w*\s+к"
        r"|predict(?:s|ed|ing)?\b|stockpil\w*|suffisamment\s+de\s+\w+\s+pour"
        # "30 drones de réserve seront prêts", a light show's drones: a stock or a display.
        r"|(?:in|en|de)\s+(?:reserve|réserve)\b|(?:в|у)\s+резерв\w*|light\s+show|drone\s+show"
        r"|spectacle\s+(?:de\s+[\d\s]*drones|aérien|lumineux)|шоу\s+дрон\w*"
        r"|enough\s+(?:[\w-]+\s+){0,5}?to\s+(?:launch|fire|send)\b"
        # "a scenario in which 1,200 drones are launched", "a typical report might read": made up.
        # "In one model, air defences would intercept about 1,700": a model's outcome.
        r"|would\s+(?:intercept|shoot\s+down)"
        r"|scenarios?\s+(?:in\s+which|where)|scénarios?\s+(?:dans\s+lequel|où)|(?:might|would)\s+read\b"
        r"|a\s+typical\s+(?:report|bulletin|statement|night)"
        # "has war-gamed a single-night attack of 1,500 drones", "simulé une attaque": a drill.
        r"|war-?gam\w*|simulat(?:ed|ing|ion)\b|simul(?:é|ée|er|ant)\s+(?:une|un)\s"
        # "held a training exercise, launching a Yars missile", "in a test": launches of no attack
        r"|(?:training|military|nuclear|naval|joint|strategic)\s+(?:exercises?|drills?)\b|exercices?\s+(?:militaires?"
        r"|nucléaires?|navals?|d'entraînement|conjoints?|de\s+(?:ses|leurs|des)\s+forces)"
        r"|(?:in|during)\s+a\s+test\b|test[- ](?:launch|fir)\w*"
        # ("during tests", "a test flight", "essais en vol": a weapon's trial)
        r"|\btest\s+(?:launch|firing|flight)|\bduring\s+(?:a\s+)?tests?\b|\bessais?\s+(?:de\s+tir|en\s+vol)"
        # "45 drones were used as aerial targets for Pantsir crews": a drill's targets.
        r"|used\s+as\s+(?:aerial\s+)?targets|utilisés\s+comme\s+cibles"
        # ("Під час випробувань «Фламінго» запускали по полігонних цілях": the same in words)
        r"|tir\s+d'essai|lors\s+d'un\s+essai|випробуван\w*|испытани\w*|испытательн\w*"
        # "запущено 30 повітряних мішеней", "сбили 20 мишеней", "drones-cibles": targets
        # flown for a drill, on a firing range, are no attack.
        r"|мішен\w*|мишен\w*|полігон\w*|полигон\w*|drones?-cibles?|target\s+drones?"
        r"|drones?\s+cibles?|firing\s+range|champ\s+de\s+tir"
        r"|(?:in|dans)\s+(?:that|this|such\s+a|ce|un\s+tel)\s+sc[ée]nario"
        r"|змодел\w*|моделюва\w*|смоделир\w*|моделирова\w*|(?:в|у)\s+(?:цьому|такому|этом|таком)\s+сценар[иі]\w*"
        # "interceptor drones, some of which have downed up to 40 Shaheds in a single night": a
        # weapon's best, no night's count.
        r"|(?:up\s+to|jusqu'à|до)\s+\d[^.;]{0,40}?(?:in\s+a\s+single\s+night|en\s+une\s+seule\s+nuit"
        r"|за\s+одну\s+н(?:і|о)ч)"
        r"|rarely|seldom|routinely|typically|usually|on\s+average|en\s+moyenne|в\s+среднем"
        # "On an average night this summer, Russia launched about 150 drones": a typical night.
        r"|an\s+average\s+(?:night|day)|(?:une|la)\s+nuit\s+moyenne|(?:у|в)\s+середню\s+ніч"
        r"|в\s+среднюю\s+ночь"
        r"|often\b|souvent|часто\b|зазвичай|обычно"
        r"|в\s+середньому|в\s+среднем|dollars|euros|гривен\w*|рублей"
        r"|долар\w*|доллар\w*|коштує|коштуют\w*|стоит|стоят|вартість|стоимость"
    )
)
_NOT_AN_ATTACK = hint(_NOT_AN_ATTACK.pattern)  # searched for as a yes or no only
# A price: "$35,000", "35 000 $", "€" (apart: a sign in the pattern above slows every search).
_MONEY = re.compile(r"\$\s?\d|\d\s?\$")


def _outside_period_items(figures: list[_Figure], norm: str) -> list[_Figure]:
    """The figures outside list items that give a period's total: items joined by "; " are one
    sentence, and "- Zelensky: Russia has launched more than 1,200 drones this week" under
    "- Russia launched 50 drones overnight" is the week's, not the night's."""
    start = 0
    for item in norm.split("; "):
        end = start + len(item)
        if _period_of(item):
            figures = [f for f in figures if not start <= f.at < end]
        start = end + 2
    return figures


def _not_an_attack(clause: str) -> bool:
    return bool(
        _NOT_AN_ATTACK.search(clause)
        or "€" in clause
        or ("$" in clause and _MONEY.search(clause))
        # "Say 100 drones are launched, 70 are shot down": a worked example.
        or (clause.startswith("say ") and clause[4:5].isdigit())
    )


# "98 were shot down, 24 "lost locationally" – a term usually used for decoys": an aside
# after a dash with no figure of its own says nothing about the night's figures.
_ASIDE = re.compile(r"\s[–—:-]\s(?=[^\d;]*$)")  # " : " too: French sets its colon apart


# "The air force, which usually publishes a breakdown by mid-morning, said only that 319 drones
# ... had been destroyed": a habit told of the source, not of the figures.
_RELATIVE = re.compile(
    r",\s*(?:which|who|qui|який|яка|які|котрий|который|которая|которые)\s[^,;]*,"
    # "..., a term the military uses for drones that vanish from radar, usually ...": a
    # word's meaning, to the sentence's end ("the air force's term for ..." too).
    r"|,\s*(?:a|the|un|une|le|la)\s+(?:[^\s\d,;]+\s+){0,3}?(?:term|word|phrase|expression|terme|mot)"
    r"\s[^;]*$"
    # "..., and that most were lost from radar, which usually means decoys": a relative clause
    # closing the sentence with no figure of its own tells what a word means, not a habit.
    r"|,\s*(?:which|ce\s+qui|який|яке|яка|які|который|которое|которая|которые)\s[^\d,;]*$"
    # "the most massive strike on the power system this winter": the season measures a record,
    # it forecasts nothing.
    r"|(?:most|largest|biggest|heaviest)\s[^,;.]{0,60}?\s(?:this|cet)\s+(?:winter|hiver)"
)


def _clauses(norm: str) -> list[str]:
    # (a hyphen set apart too: '19 were "locationally lost" - a term the military uses ...')
    if "–" not in norm and "—" not in norm and " - " not in norm:
        return norm.split(";")
    return [_ASIDE.split(clause, maxsplit=1)[0] for clause in norm.split(";")]


def _foreign_lead(whole: str) -> bool:
    """A third country's war opens the text (its lead) and Ukraine is named nowhere in it."""
    lead_end = min((i for i in (whole.find(". "), whole.find("\n")) if i > 0), default=300)
    return _FOREIGN.search(whole, 0, lead_end) is not None and not _UKRAINE.search(whole)


def _is_foreign(norm: str) -> bool:
    for match in _FOREIGN.finditer(norm):
        if not (match.start() and norm[match.start() - 1].isalnum()):
            return not _UKRAINE.search(norm)
    return False


def _trim(sentence: str) -> str:
    sentence = " ".join(sentence.split())
    if len(sentence) <= EVIDENCE_CHARS:
        return sentence
    cut = sentence[: EVIDENCE_CHARS - 1].rsplit(" ", 1)[0]
    return cut + "…"


def _source_for(
    attacker: str, index: int, texts: list[str], hits: dict[tuple[str, int], bool]
) -> str | None:
    """Who gave the figure: named in the sentence, else elsewhere in its paragraph."""
    pattern, name = (
        (_MOD_SOURCE, RUSSIAN_MOD) if attacker == "UA" else (_AIR_FORCE_SOURCE, AIR_FORCE)
    )
    for i in (index, *range(len(texts))):
        key = (name, i)
        if key not in hits:
            hits[key] = bool(pattern.search(texts[i]))
        if hits[key]:
            return name
    return None


# A daytime window: "с 7:00 до 14:00", "from 8:00 to 14:00".
_DAYTIME_WINDOW = re.compile(r"(?:с|з|від|from|between|de|entre)\s+(?:0?[6-9]|1[0-7])[:.h]\d\d")
# The night itself, after an evening's count: "по итогам ночи", "pendant la nuit".
_THE_NIGHT = re.compile(rf"\b{_NIGHT_WORDS}\b")
# Hours from late evening to the morning: "from 11:00 p.m. to 7:00 a.m.", "с 23:00 до 07:00";
# or from midnight: "с полуночи до 07:00", "from midnight to 7 a.m." (the night after an evening).
# A window of daytime hours on the ministry's clock, ending by 20:00: "с 15:00 до 20:00",
# "between 3pm and 8pm", "de 8h à 14h".
_DAY_START = (
    r"(?:0?[6-9]|1[0-7])(?:[:.h]\d\d|h\b)|(?:1[0-2]|[1-5])(?:[:.]\d\d)?\s*p\.?\s?m\b"
    r"|(?:[6-9]|1[01])(?:[:.]\d\d)?\s*a\.?\s?m\b\.?"  # "between 8 a.m. and 6 p.m."
)
_DAY_END = r"(?:0?[8-9]|1\d|20)(?:[:.h]\d\d|h\b)|(?:1[0-2]|[1-8])(?:[:.]\d\d)?\s*p\.?\s?m\b"
_DAYTIME_HOURS = re.compile(
    rf"(?:from|between|с|з|від|de|entre)\s+(?:{_DAY_START})\s+(?:to|and|до|по|à|et)\s+"
    rf"(?:{_DAY_END})"
)
# A clock time such a window needs (from a digit: a search for it skips to the text's digits).
_DAY_CLOCK = re.compile(r"[0-9](?:[:.h][0-9][0-9]|h\b|\s*[ap]\.?\s?m\b)")
# A day's sum, the night and the day's windows together: "с начала суток", "за сутки".
_DAY_SUM = re.compile(
    r"суток|сутки|добу|доби|за\s+день|в\s+общей\s+сложности|загалом|in\s+total"
    r"|(?:all|throughout\s+the)\s+day|au\s+total|en\s+tout|sur\s+la\s+journée"
)
_NIGHT_NAMED = re.compile(r"\b(?:night|overnight|nuit|ніч\w*|вночі|уночі|ноч\w*)\b")
_NIGHT_HOURS = re.compile(
    r"(?:from|between|с|з|від|de|entre)\s+(?:2[2-3][:.]\d\d|1[01](?:[:.]\d\d)?\s*p\.?\s?m\b\.?"
    r"|полуночи|півночі|midnight|minuit|00[:.]00)"
    r"\s+(?:to|and|до|по|à|et)\s+(?:0?[0-8][:.]\d\d|[1-8](?:[:.]\d\d)?\s*a\.?\s?m\b)"
)
_PREVIOUS_NIGHT = re.compile(
    r"the\s+previous\s+night|the\s+night\s+before|la\s+nuit\s+précédente|la\s+nuit\s+d'avant"
    r"|попередньої\s+ночі|предыдущей\s+ночью|прошлой\s+ночью\s+перед"
)
# "Накануне ночью ... были сбиты 210 дронов" opening a sentence after a night counted: the one
# before it ("накануне" is the day before the night just told, not a second "overnight").
_EVE_NIGHT = re.compile(r"(?:накануне|напередодні)\s+(?:ночью|вночі|уночі)\b")
# "The following night, Russia sent 244 drones": the night after the last one dated.
_NEXT_NIGHT = hint(r"(?:following|next)\s+night|nuit\s+suivante|наступної\s+ночі|следующей\s+ночью")
# An earlier attack told as background once the text's own is read: "Last Wednesday it
# fired a record 741 drones", "Two weeks earlier, on December 27, Russia had sent 519".
_LONG_BEFORE_HINT = hint(
    r"last|earlier|ago|dernier|il\s+y\s+a|тому|назад|минул|прошл"
)
_LONG_BEFORE = re.compile(
    rf"\blast\s+{WEEKDAY_WORDS}|\b{WEEKDAY_WORDS}\s+dernier"
    r"|\b(?:two|three|four|five|six|several|\d+)\s+days?\s+(?:earlier|ago|before)"
    r"|\b(?:a|one|two|three|several|\d+)\s+weeks?\s+(?:earlier|ago|before)"
    r"|\bearlier\s+(?:this|that)\s+(?:month|week)|\bil\s+y\s+a\s+(?:\w+\s+)?(?:jours|semaines?)"
    r"|(?:днів|тижн\w*|дней|недел\w*)\s+(?:тому|назад)"
    rf"|(?:минул\w+|в\s+прошл\w+)\s+{WEEKDAY_WORDS}"
)
# "в марте ведомство отчитывалось о 337", "in March it fired 600": a month named with no day,
# other than the publication's, after the text's own attack was read: an earlier one.
_MONTH_IN = {
    stem: number
    for number, stems in enumerate(
        (
            "janu janv янва січн", "febr févr февр люто", "marc mars март бере",
            "apri avri апре квіт", "may mai мае трав", "june juin июне черв",
            "july juil июле липн", "augu août авгу серп", "sept сент вере",
            "octo октя жовт", "nove нояб лист", "dece déce дека груд",
        ),
        start=1,
    )
    for stem in stems.split()
}
_IN_A_MONTH = re.compile(
    r"(?<![\w'])(?:in|en|в|у)\s+(?P<month>january|february|march|april|may|june|july|august"
    r"|september|october|november|december|janvier|février|mars|avril|mai|juin|juillet|août"
    r"|septembre|octobre|novembre|décembre|январе|феврале|марте|апреле|мае|июне|июле|августе"
    r"|сентябре|октябре|ноябре|декабре|січні|лютому|березні|квітні|травні|червні|липні|серпні"
    r"|вересні|жовтні|листопаді|грудні)(?![\w'])(?!\s+\d)"
)
# "Напомним, в ночь на 8 ноября ...": a reminder of a night some days before the text's own
# (the day before, "Нагадаємо, напередодні", is still news).
# ("Тоді, нагадаємо, Росія випустила ...": the time of the sentence before, then the reminder)
_REMINDER = re.compile(
    r"^\W*(?:(?:тоді|тогда|then|at\s+the\s+time|alors|à\s+l'époque)\s*,?\s*)?"
    r"(?:напомним|нагадаємо|rappelons|pour\s+rappel|as\s+a\s+reminder|recall\s+that)\b"
)
# "When Russia set its record last September, sending 810 drones", "Il y a deux ans, une attaque
# de cent drones ...": a time long past, with no day, so an earlier attack's figure.
_LONG_AGO_HINT = hint(
    r"last|ago|il\s+y\s+a|dernier|dernière|тому|назад|минул|прошл|first\s+(?:winter|summer|autumn"
    r"|spring|year|months)|premier\s+hiver|première\s+année|першої\s+зим|першою\s+зим|перший\s+рік"
    r"|першого\s+року|первой\s+зим|первую\s+зим|первый\s+год|первого\s+год"
)
_LONG_AGO = re.compile(
    rf"\blast\s+(?:year|summer|winter|spring|autumn|fall|{MONTH_WORDS})(?![\w'])"
    rf"|(?<![\w'])(?:{MONTH_WORDS})\s+dernier|\bl'(?:an|année|été|hiver|automne)\s+derni"
    r"|\b(?:a|one|two|three|four|five|several|a\s+few|\d+)\s+(?:years?|months?)\s+ago"
    r"|\bil\s+y\s+a\s+(?:encore\s+)?(?:\w+\s+)?(?:ans|années|mois)\b"
    r"|(?:років|роки|рік|лет|года|год|місяців|місяці|месяцев|месяца)\s+(?:тому|назад)"
    r"|(?:минул\w+|прошл\w+)\s+(?:року|году|літа|лета|зими|осені|осени|весни|весны)"
    # "In the first winter, an attack of 80 missiles was considered massive": the war's start.
    r"|\bin\s+the\s+first\s+(?:winter|summer|autumn|spring|year|months)\b"
    r"|(?:le\s+premier\s+hiver|la\s+première\s+année)|(?:першої|першою)\s+зим\w*"
    r"|перший\s+рік|першого\s+року|(?:первой|первую)\s+зим\w*|(?:первый|первого)\s+год\w*"
)
# "Il y a près de trois semaines, Moscou avait établi un record avec 728 drones", "тиждень тому
# окупанти запустили 472 дрони": a night weeks back, when told before the figure.
_WEEKS_AGO = re.compile(
    r"\b(?:a|one|two|three|four|five|several|a\s+few|\d+)\s+weeks?\s+ago\b"
    r"|\bil\s+y\s+a\s+(?:près\s+de\s+|environ\s+|plus\s+d'\s*)?(?:une|deux|trois|quatre|\d+)\s+semaines?\b"
    r"|(?:тиждень|тижні|тижнів|неделю|недели|недель)\s+(?:тому|назад)"
)
# ("5 травня 2024-го": a Ukrainian or Russian ordinal ending after a hyphen is the year's)
_YEAR_NAMED = re.compile(r"(?<![\d.,/-])(?:19|20)\d\d(?![\d/]|-(?!го\b)|[.,]\d)")


# "du jamais vu depuis le début de l'invasion ... en février 2022": the year the war began,
# not the year of what is told; nor the year of a peak the night is measured against
# ("inférieur au pic de septembre 2025", "наибольшей остается атака 7 сентября 2025 года").
_YEAR_AS_YARDSTICK = re.compile(
    r"(?:invasion|guerre|war|вторгнення|вторжения|війни|войны)\b[^.;\d]{0,50}$"
    r"|(?<![\w'])(?:pic|peak|sommet|піку?|пика?|оста[её]тся|залишається|remains|reste)(?![\w'])"
    r"[^.;]{0,40}$"
)


def _weeks_back(norm: str) -> bool:
    """'Three weeks ago Moscow set a record with 728 drones': told of that night, not this one."""
    match = _WEEKS_AGO.search(norm)
    return bool(match) and not _HAS_DIGIT.search(norm, 0, match.start())


def _names_an_earlier_year(norm: str, year: int, month_only: bool = False) -> bool:
    """Whether the sentence names a year before `year` (with month_only: right after a
    month's name, "an attack in July 2024", a past time however the sentence is dated)."""
    return any(
        int(match.group(0)) < year
        and not _YEAR_AS_YARDSTICK.search(norm, max(0, match.start() - 60), match.start())
        and (
            not month_only
            or _MONTH_BEFORE.search(norm, max(0, match.start() - 12), match.start())
        )
        for match in _YEAR_NAMED.finditer(norm)
    )


# "That morning, Russia fired 38 missiles": the time of the sentence before, told again.
_THAT_TIME = re.compile(
    r"(?:that|the\s+same)\s+(?:morning|night|day|evening)\b"
    r"|(?:cette|ce)\s+(?:nuit|matin|jour|soir)-là|тієї\s+(?:ночі|доби)|того\s+(?:ранку|дня|вечора)|в\s+ту\s+ночь|той\s+ночью|тем\s+утром"
    r"|в\s+тот\s+день"
    # "По версии обвинения, после этого аэродром атаковали 44": what followed the time named
    r"|после\s+этого|після\s+цього|after\s+(?:that|this)\b|après\s+(?:cela|quoi)"
    # "Два роки тому, 5 травня 2024-го, ... Тоді ворог випустив 300 дронів": that time
    # (not "тоді як", "тогда как": whereas)
    r"|(?:тоді|тогда)(?<![\w']тоді)(?<![\w']тогда)(?![\w'])(?!\s+(?:як|как)\b)|at\s+the\s+time\b"
    r"|back\s+then\b"
    r"|à\s+l'époque\b"
)
# (a source may open the sentence first: "Prosecutors said, that night ...")
_THAT_TIME_OPENING = re.compile(rf"\W*(?:[^\W\d][^,.;:\d]{{0,40}},\s*)?(?:{_THAT_TIME.pattern})")
_THAT_TIME_HINT = hint(_THAT_TIME.pattern)


def _then_in_an_earlier_year(norm: str, before: str, year: int) -> bool:
    """'... the July 2024 missile strike.' then 'That morning, Russia fired 38 missiles': the
    sentence opens on the time of the one before (a source may come first: "Prosecutors said,
    that night ..."), which names a past year; or names that time anywhere ("... cruise
    missiles that night, when Russia attacked with 309 drones") after a sentence of a time long
    past ("the strike on July 31 last year")."""
    if _THAT_TIME_HINT.search(norm) is None:
        return False  # most sentences: neither case
    if _THAT_TIME_OPENING.match(norm) is not None:
        return ("20" in before or "19" in before) and _names_an_earlier_year(before, year)
    return _LONG_AGO_HINT.search(before) is not None and _LONG_AGO.search(before) is not None


# (not "since February 2022", "з лютого 2022": a yardstick, counted from)
_MONTH_BEFORE = re.compile(
    rf"(?<![\w'])(?<!since\s)(?<!depuis\s)(?<!from\s)(?<!з\s)(?<!с\s)(?<!від\s)(?<!со\s)"
    rf"(?:{MONTH_WORDS})\.?\s+$"
)


# A line that is only a date: "Dimanche 25 janvier 2026", "Saturday 24 January", "24.01.2026".
_DAY_HEADER = re.compile(
    r"^\W*(?:[^\W\d]+,?\s+)?(?:\d{1,2}(?:er)?\s+[^\W\d]+\.?|[^\W\d]+\.?\s+\d{1,2}(?:st|nd|rd|th)?)"
    r",?(?:\s+20\d\d)?(?:,?\s+\d{1,2}[:h.]\d\d)?\W*$"
)


_EVENING_WORD = re.compile(r"вечер|ввечері|увечері|evening|soir")


def _evening_told_again(night: _Attack, evening: _Attack) -> bool:
    """Whether the night's count is the evening's told again by sentences that name the
    evening and no night (a headline over the ministry's evening window)."""
    return (
        (night.launched, night.destroyed) == (evening.launched, evening.destroyed)
        and bool(night.read_from)
        and all(
            _EVENING_WORD.search(norm) and not _A_NIGHT.search(norm) for norm in night.read_from
        )
    )


def _windows_summed(
    key: tuple[str, str, str | None],
    role: str,
    attacks: dict[tuple[str, str, str | None], _Attack],
    evenings: dict[tuple[str, str, str | None], _Attack],
    daytimes: dict[tuple[str, str, str | None], _Attack],
) -> int | None:
    """The counts read so far for the day before's windows and the night of `key` added up
    (None without a daytime window the day before): what a "за сутки" sum after them tells
    again. (A sum of the night and the same day's window, "с начала суток 3 марта", is that
    day's count: not this.)"""
    if key[2] is None:
        return None
    day_before = (date.fromisoformat(key[2]) - timedelta(days=1)).isoformat()
    daytime = daytimes.get((key[0], key[1], day_before))
    if daytime is None or getattr(daytime, role) is None:
        return None
    parts = [daytime, attacks.get(key), evenings.get(key)]
    counts = [getattr(told, role) for told in parts if told is not None]
    return sum(count for count in counts if count is not None)


# A window of hours ("с 14:00 до 18:00 мск"), and a figure told as more ("еще 19").
_HOURS_WINDOW = re.compile(
    r"(?:с|з|від|from|between|de|entre)\s+\d{1,2}[:.h]\d\d(?:\s+\d{1,2}\s+[^\W\d]+)?\s+"
    r"(?:до|по|to|and|à|et)\s+\d{1,2}[:.h]\d\d"
)
_FURTHER_FIGURE = re.compile(rf"(?:{_FURTHER_WORDS})\s+(\d{{1,6}})(?![\d.,])")


def _later_window(norm: str, value: int, before: str) -> bool:
    """Whether the sentence counts "еще N" in a window of hours of its own after a window of
    the same day whose figure was read from `before` ("с 9:00 до 14:00 ... 24", then "с 14:00
    до 18:00 ... еще 19"): more of that day's attack, added to what was read."""
    if not any(str(value) == m.group(1) for m in _FURTHER_FIGURE.finditer(norm)):
        return False
    if not _HOURS_WINDOW.search(norm):
        return False
    return _HOURS_WINDOW.search(before) is not None and before != norm


# "За уточненими даними, ... 203 дрони": the source's later figures, which replace the first
# ones told (even when smaller), wherever the text tells them.
_UPDATED_FIGURES = re.compile(
    r"(?:за|по)\s+(?:уточненими|оновленими|уточненным|обновленным|уточнёнными|уточненными)\s+"
    r"даними|по\s+(?:уточненным|обновленным)\s+данным|according\s+to\s+(?:the\s+)?"
    r"(?:updated|revised)\s+(?:figures|data|count)|selon\s+(?:les|des)\s+(?:chiffres|données"
    r"|bilans?)\s+(?:actualisé|révisé|mis\s+à\s+jour)"
)
_UPDATED_HINT = hint(r"уточнен|оновлен|обновлен|updated|revised|actualis|révisé|mis\s+à\s+jour")


# "Всего за ночь сбит 51": the night's total, evening included.
_ALL_TOLD = re.compile(
    r"\b(?:всего|всього|загалом|in\s+total|a\s+total\s+of|in\s+all|altogether|au\s+total"
    r"|en\s+tout)\b"
)


# "У Харкові, за словами мера ..., поранено дев'ятеро людей": a mayor or a governor who only
# speaks of the wounded or the dead, in a sentence naming no weapon, is not the counts' source.
_VICTIMS = hint(
    r"поранен|загинул|загибл|ранен|погиб|wounded|injured|killed|\bdead\b|blessé|\btués?\b"
    r"|\bmorts?\b|victim"
)


def _regional_only_of_victims(norms: list[list[str]]) -> bool:
    """Whether each sentence naming a governor or a mayor tells only of victims."""
    return all(
        _VICTIMS.search(norm) is not None and _WEAPON_WORD.search(norm) is None
        for para in norms
        for norm in para
        if _REGIONAL_SOURCE.search(norm)
    )


def _national(sentences: list[str]) -> bool:
    """Whether one of the sentences is more than a governor's or a mayor's count."""
    return any(
        not _REGIONAL_SOURCE.search(norm) or _NATIONAL.search(norm) or _mayor_of_a_part(norm)
        for norm in sentences
    )


# "le ministère a indiqué que 84 drones avaient été détruits, dont 12 qui se dirigeaient vers
# Moscou, selon le maire": the mayor speaks for the part after "dont", the ministry for the whole.
_PART_AFTER_TOTAL = re.compile(
    r",\s+(?:dont|including|of\s+which|в\s+том\s+числе|у\s+тому\s+числі|из\s+них|з\s+них"
    r"|із\s+них)\s+\d[^;]*"
)


def _mayor_of_a_part(norm: str) -> bool:
    """Whether the sentence's governor or mayor is named only in a part clause after a figure
    an authority ("the ministry", "le ministère") gives."""
    part = _PART_AFTER_TOTAL.search(norm)
    if part is None:
        return False
    whole = norm[: part.start()]
    return (
        _HAS_DIGIT.search(whole) is not None
        and _ANY_AUTHORITY.search(whole) is not None
        and not _REGIONAL_SOURCE.search(whole)
    )


# "42 drones destroyed, the ministry said, as Mayor Sobyanin reported 11 shot down on approach
# to the capital": a mayor's or a governor's count in a clause of his own beside the authority's
# total is his city's part, not more of the night.
_ALONGSIDE_CLAUSE = re.compile(
    r",\s+(?:as|while|whereas|tandis\s+que|alors\s+que|тогда\s+как|в\s+то\s+время\s+как"
    r"|тоді\s+як|поки)\s+[^;]*\d"
)


# "По его словам, ...", "За його підрахунками, ...", "According to him, ...", "Selon lui, ...":
# the speaker of the sentence before goes on.
_HIS_WORDS = re.compile(
    r"\W*(?:по\s+(?:его|ее|её)\s+(?:словам|подсч[её]там|данным)|за\s+(?:його|її)\s+(?:словами"
    r"|підрахунками|даними)|according\s+to\s+(?:him|her)|by\s+(?:his|her)\s+(?:count|tally)"
    r"|selon\s+(?:lui|elle)|d'après\s+(?:lui|elle))(?![\w'])"
)


def _regional_clause_start(norm: str) -> int:
    """Where a governor's or mayor's own clause begins after an authority's figure, else -1."""
    for clause in _ALONGSIDE_CLAUSE.finditer(norm):
        head = norm[: clause.start()]
        if (
            _REGIONAL_SOURCE.search(clause.group())
            and _HAS_DIGIT.search(head)
            and (_ANY_AUTHORITY.search(head) or _NATIONAL.search(head))
            and not _REGIONAL_SOURCE.search(head)
        ):
            return clause.start()
    return -1


# A ministry or the military named as a source, even without its full title ("the ministry
# said"): their count over one region may be the whole night's.
_ANY_AUTHORITY = hint(
    r"ministr|ministère|министерств|міністерств|military|militaire|військов|военн|army|armée"
    r"|генштаб|general\s+staff|ведомств|відомств"
)


def _one_named_region(sentences: list[str]) -> bool:
    """Whether each sentence restricts its figures to one region it names ("над Белгородской
    областью сбиты 12 беспилотников") and gives no parts of a larger total."""
    return all(
        ("над" in norm or "over" in norm or "dessus" in norm)
        and _NAMED_REGION.search(norm) is not None
        and not _HAS_PART.search(norm)
        for norm in sentences
    )


def _targets_of_one_weapon(attacks: dict[tuple[str, str, str | None], _Attack]) -> None:
    """"163 ударні БпЛА" then "Збито/подавлено 138 цілей": the targets downed of an attack
    that used one weapon only are that weapon's (a combined launch count says it was not)."""
    for (attacker, weapon, day), combined in attacks.items():
        if weapon != "any" or combined.launched is not None or combined.destroyed is None:
            continue
        split = (attacks.get((attacker, kind, day)) for kind in ("drone", "missile"))
        told = [attack for attack in split if attack is not None]
        if len(told) != 1:
            continue
        (only,) = told
        if only.destroyed is None and only.launched is not None and (
            combined.destroyed <= only.launched
        ):
            only.destroyed = combined.destroyed
            only.destroyed_evidence = combined.destroyed_evidence
            if "destroyed" in combined.told_at:
                only.told_at["destroyed"] = combined.told_at["destroyed"]


def _downed_of_the_weapon_it_fits(
    figure: _Figure,
    weapons: tuple[str, ...],
    book: dict[tuple[str, str, str | None], _Attack],
    day: str | None,
) -> _Figure:
    """"728 drones and 13 missiles. ... 296 were shot down": a bare downed figure larger than
    the launch of the weapon named last is of the other weapon, whose launch it fits."""
    if not figure.bare or figure.role != "destroyed" or figure.value is None:
        return figure
    attacker = figure.attacker or "RU"
    own = book.get((attacker, figure.weapon, day))
    if own is None or own.launched is None or own.launched >= figure.value:
        return figure
    fitting = [
        weapon
        for weapon in weapons
        if weapon != figure.weapon
        and (other := book.get((attacker, weapon, day))) is not None
        and other.launched is not None
        and other.launched >= figure.value
    ]
    return _renewed(figure, weapon=fitting[0]) if len(fitting) == 1 else figure


def _merge(kept: _Attack, other: _Attack) -> None:
    """Two reads of one attack: the larger figure of each role, as for repeated sentences."""
    for role in ("launched", "destroyed"):
        value = getattr(other, role)
        if value is not None and (getattr(kept, role) is None or value > getattr(kept, role)):
            setattr(kept, role, value)
            setattr(kept, role + "_evidence", getattr(other, role + "_evidence"))
            if role in other.told_at:
                kept.told_at[role] = other.told_at[role]
        elif not getattr(kept, role + "_evidence"):
            setattr(kept, role + "_evidence", getattr(other, role + "_evidence"))
    kept.sources += [source for source in other.sources if source not in kept.sources]
    kept.bounded = kept.bounded or other.bounded
    kept.approx = kept.approx or other.approx
    kept.plain = kept.plain or other.plain
    kept.all_destroyed = kept.all_destroyed or other.all_destroyed
    kept.all_but = kept.all_but or other.all_but
    kept.read_from += other.read_from


# A death toll told as risen: a follow-up on one strike's dead, not the night's count.
_DEATH_TOLL = re.compile(
    by_first_letter(
        r"кількість\s+(?:загиблих|жертв|загинулих)[^.]{0,120}?(?:зросл|збільшил)"
        r"|число\s+(?:погибших|жертв)[^.]{0,120}?(?:вырос|возрос|увеличил)"
        r"|количество\s+(?:погибших|жертв)[^.]{0,120}?(?:вырос|возрос|увеличил)"
        r"|death\s+toll[^.]{0,120}?(?:risen|rose\b|rises\b|climb(?:ed|s|ing)\b|rising\b)"
        # "bringing the number killed in Wednesday's strike to 33": the toll risen, told so.
        r"|(?:number|toll)\s+(?:of\s+(?:people\s+)?)?(?:killed|dead)\b[^.]{0,60}?\bto\s+\d"
        r"|bilan\s+(?:humain\s+)?[^.]{0,120}?(?:s'est\s+alourdi|s'alourdit|est\s+passé|passe\s+à)"
    )
)


# A fact-check's labels: "Fact check:", "VERDICT: False", "Vérification faite", "(AFP
# Factuel)", "Проверка фактов:", "Перевірка фактів".
_FACT_CHECK = hint(
    r"fact[- ]?check|verdict\s*:|вердикт\s*:|vérification\s+faite|vérification\s*:|afp\s+factuel"
    r"|проверка\s+фактов|проверка\s*:|перевірка\s*:"
    r"|перевірка\s+фактів|фактчек"
    # "Специалисты по проверке фактов отмечают": the fact-checkers, in any case.
    r"|проверк[еиу]\s+фактов|перевірц[іи]\s+фактів|перевірку\s+фактів"
    # "спростував повідомлення про нібито 800 ракет": a report refuted, its figures the claim's.
    r"|спростува\w*\s+(?:повідомлен|інформаці|чутк|заяв)"
    r"|опроверг\w*\s+(?:сообщени|информаци|слух|заявлени|утверждени)"
    # ("a démenti jeudi les informations de chaînes Telegram selon lesquelles", "denied on
    # Thursday reports by Russian channels that": the day may come between)
    r"|debunk\w*|a\s+démenti\s+(?:[^\W\d]+\s+){0,2}?les\s+(?:informations|rumeurs|affirmations)"
    r"|(?:denied|dismissed)\s+(?:[^\W\d]+\s+){0,2}?(?:reports|claims|rumou?rs)\s+(?:by|from|on|in)"
    r"\s+(?:[^\W\d]+\s+){0,3}?(?:channels|bloggers|milbloggers|media|social\s+media)"
    # "contrairement à ce qu'affirme une publication virale": a viral post answered.
    r"|viral\s+(?:post|video|graphic|image|claim|message)|(?:publication|vidéo|image|message)s?"
    r"\s+virales?|вірусн\w+\s+(?:допис|пост|відео|повідомлен)|вирусн\w+\s+(?:пост|видео|публикац"
    r"|сообщени)"
    # "В соцсетях распространяется утверждение, будто ...": a viral claim, the text its check.
    r"|(?:в\s+соцсетях|у\s+соцмережах|в\s+социальных\s+сетях|у\s+соціальних\s+мережах)\s+"
    r"(?:распространя|поширю)\w*\s+(?:утверждени|заявлени|сообщени|твердженн|повідомленн"
    r"|скриншот)"
    r"|(?:claims?|posts?)\s+(?:circulating|shared\s+widely|going\s+viral)\s+on\s+social\s+media"
    r"|(?:affirmation|publication)s?\s+(?:circulant|qui\s+circulen?t)\s+sur\s+les\s+réseaux"
    # "A video shared more than three million times on X claims", "Une vidéo partagée plus de
    # 800 000 fois": a viral post, by its count of shares.
    r"|(?:video|clip|post|vidéo|publication)\s+(?:shared|viewed|partagée|vue)\s+(?:more\s+than\s+"
    r"|over\s+|plus\s+de\s+)?[\w\s]{1,30}?\s(?:times|fois)\b"
    # "BBC Verify: No, Russia did not fire 2,000 drones", "Info ou intox — Non, la Russie n'a
    # pas lancé 1 500 drones": a claim answered no, as the checkers title it.
    r"|info\s+ou\s+intox|\b(?:no|non),\s+(?:[\w'-]+\s+){1,3}(?:did\s+not|didn't|has\s+not"
    r"|hasn't|n'a\s+pas|n'ont\s+pas)\s"
)

# A text calling a figure fake: "«600 дронів цієї ночі» – фейк", "C'est faux".
_FAKE = hint(
    r"фейк|fake\b|faux\b|fausse|false\b|неправд|hoax|соответству\w*\s+действительност"
    r"|ложн\w*|хибн\w*|это\s+не\s+так|це\s+не\s+так"
    r"|відповіда\w*\s+дійсност"
)
# The verdict, as a sentence or a headline label of its own ("C'est faux.", "Это не соответствует
# действительности.", "ФЕЙК: «...»"): the text is a fact-check, its figures the claim's or told
# to refute it.
_VERDICT = re.compile(
    # (after an outlet's name too: "Цензор.нет | Фейк: «...»")
    r"(?:^|[.!?»\"”|]\s+)\W*(?:c'est\s+faux|(?:ces|ce|cette)\s+(?:chiffres?|affirmations?|informations?"
    r"|publications?)\s+(?:sont|est)\s+fau(?:x|sses?)|(?:це|это)\s+(?:неправда|не\s+соответствует"
    r"\s+действительности|не\s+відповідає\s+дійсності)|(?:this|that|the\s+claim)\s+is\s+(?:false"
    r"|untrue|not\s+true)|(?:фейк|fake|faux|проверка|перевірка)\s*:)",
    re.M,
)
# What it quotes is the claim: "повідомлення про те, що росія запустила «600 дронів і 40 ракет»".
_QUOTED_FIGURE = re.compile(r"[«\"“][^»\"”]{0,200}?\d[^»\"”]{0,200}?[»\"”]")
# And what it retells as alleged: "повідомлення нібито від Повітряних сил про те, що ...".
_ALLEGED = re.compile(
    r"нібито|якобы|allegedly|supposedly|purportedly|prétendument|soi-disant|censément"
)


def _claim_blanked(norm: str) -> str:
    return "" if _ALLEGED.search(norm) else _QUOTED_FIGURE.sub(_blank, norm)

# Matches wherever one of these does (only asked whether it matches at all).
_RARE_HINTS = hint(
    "|".join(
        f"(?:{p.pattern})"
        for p in (
            _FACT_CHECK, _PASSING_HINT, _FOREIGN_HINT, _CORRECTION_HINT, _YARDSTICK_HINT, _FAKE,
            _NOT_OUT_YET,
        )
    )
)


def _drop_old_records(attacks: dict[tuple[str, str, str | None], _Attack]) -> None:
    """Earlier record nights told beside the text's own attack ("Russia's biggest attack so far
    came on Sept. 7, when it launched 810 drones", "- July 9: 728 drones, a record at the time"):
    yardsticks, not news. An explainer with no attack of its own keeps its record night."""
    old = {
        key
        for key, attack in attacks.items()
        if key[2]
        and attack.destroyed is None
        and attack.read_from
        and all(_RECORD.search(norm) for norm in attack.read_from)
    }
    news = [key[2] for key, attack in attacks.items() if key[2] and key not in old]
    if not old or not news:
        return
    before = (date.fromisoformat(max(news)) - timedelta(days=_OLD_RECORD_DAYS)).isoformat()
    for key in old:
        if key[2] < before:  # type: ignore[operator]
            del attacks[key]


# "remains the largest", "наразі найбільшою ... залишається": a record that stands today.
_STILL_STANDS = re.compile(
    r"(?<![\w'])(?:remains|still|so\s+far|to\s+date|reste|jusqu'ici|à\s+ce\s+jour|залишається"
    r"|досі|наразі|оста[её]тся|до\s+сих\s+пор"
    # "The largest single attack of the war came on ...": the war's record, standing still
    # (not "de la guerre à l'époque": the record then)
    r"|(?:of\s+the\s+war|de\s+la\s+guerre|за\s+(?:весь\s+)?(?:час|время)\s+(?:війни|войны))"
    r"(?!\s*,?\s*(?:à\s+l'époque|at\s+the\s+time|back\s+then|тоді|тогда|на\s+той\s+час"
    r"|на\s+тот\s+момент)))(?![\w'])"
)
_OLD_RECORD_DAYS = 3  # a record night this many days before the text's own attack, or more
_HISTORY_DAYS = 60  # a night more days than this before the publication is history recalled
_REMINDER_DAYS = 14  # a night recalled ("Напомним, ...") more days than this before: background
# A night more days than this before the publication, told in a clause hung on its day ("on
# 19 November, when ..."), is background to the story, not news.
_BACKGROUND_DAYS = 5
_PAST_ATTACK_CLAUSE = re.compile(
    r",\s+(?:when|in\s+which|during\s+which|lorsque|quand|au\s+cours\s+de\s+laquelle"
    r"|lors\s+de\s+laquelle|коли|під\s+час\s+якої|когда|в\s+ходе\s+которой|во\s+время\s+которой)"
    r"(?![\w'])"
)


# "Тогда, по данным Минобороны, ...": at the time of the day told before.
_AT_THAT_TIME = r"\W*(?:тогда|тоді|at\s+the\s+time|back\s+then|à\s+l'époque|à\s+ce\s+moment-là)\s*,"
# "Утром того понедельника ...", "That Monday, ...", "Ce lundi-là": the day told before, not
# the last such weekday before the publication.
_THAT_WEEKDAY = (
    r"\W*(?:(?:утром|вечером|ночью|вранці|зранку|увечері|уночі)\s+)?(?:того|тієї|той)\s+"
    r"(?:понедельника|вторника|четверга|воскресенья|понеділка|вівторка|среды|пятницы|субботы"
    r"|середи|п'ятниці|суботи|неділі)(?![\w'])"
    r"|\W*(?:on\s+)?that\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|\W*ce\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)-là"
)
# A sentence opening on the attack told before it, by a demonstrative: "In that attack, ...",
# "Lors de cette attaque, ...", "Під час тієї атаки ...", "В ходе той атаки ...".
_THAT_ATTACK_OPENING = re.compile(
    r"\W*(?:in|during)\s+that\s+(?:attack|strike|raid|barrage)"
    r"|\W*(?:lors\s+de|pendant|au\s+cours\s+de)\s+cette\s+(?:attaque|frappe)"
    r"|\W*(?:під\s+час|у\s+ході)\s+тієї\s+(?:атаки|масованої)"
    r"|\W*(?:в\s+ходе|во\s+время)\s+той\s+(?:атаки|массированной)"
    # "Cette nuit-là, la Russie avait lancé 476 drones", weeks on: the night told as background.
    # ("Ce soir-là", "that evening", "that day": the same, told of the day or the evening)
    r"|\W*(?:that\s+(?:night|evening|day)|(?:cette\s+nuit|ce\s+soir|ce\s+jour)-là"
    r"|(?:тієї|тої)\s+(?:ночі|дня)|того\s+(?:вечора|дня)|в\s+ту\s+ночь|той\s+ночью|в\s+тот\s+(?:вечер|день))"
    r"(?![\w'])"
    rf"|{_THAT_WEEKDAY}|{_AT_THAT_TIME}"
)
# The same opening alone: the sentence's "overnight" is that day's night, not the publication's.
_AT_THAT_TIME_OPENING = re.compile(f"{_AT_THAT_TIME}|{_THAT_WEEKDAY}")

# A launch told in the pluperfect ("avait lancé", "had fired"): a past before the story's own.
_PLUPERFECT_LAUNCH = re.compile(
    r"\b(?:had|avai(?:t|ent))\s+(?:(?:already|déjà)\s+)?(?:launched|fired|sent|used|lancé|tiré"
    r"|envoyé|utilisé|employé)\b"
)

# A Markdown table: "| Night | Drones | Drones downed |", "|---|---|", "| To Sunday, Oct. 5 | 496 |
# 464 |". Each row is told as a sentence: its first cell, then what came and what was downed,
# by the headers that name a weapon (the ones that also name a downing are the downed).
_TABLE_RULE = re.compile(r"(?m)^\s*\|?\s*:?-{3,}:?\s*\|")
_TABLE_CELL_NUMBER = re.compile(r"\d[\d ,.]*")
_DOWNED_HEADER = re.compile(_DESTROY_WORDS, re.I)


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def _tables_as_sentences(text: str) -> str:
    lines = text.splitlines()
    out: list[str] = []
    header: list[str] | None = None
    for index, line in enumerate(lines):
        if "|" not in line:
            header = None
            out.append(line)
        elif _TABLE_RULE.match(line):
            header = _cells(lines[index - 1]) if index else None
            if out and header:
                out.pop()  # the header row is read with each row below it
        elif header is not None:
            cells = _cells(line)
            counts: dict[str, list[str]] = {"launched": [], "downed": []}
            for name, cell in zip(header[1:], cells[1:], strict=False):
                if not _WEAPON_WORD.search(name.lower()) or not _TABLE_CELL_NUMBER.fullmatch(cell):
                    continue
                downed = _DOWNED_HEADER.search(name)
                noun = (name[: downed.start()] + name[downed.end() :]) if downed else name
                counts["downed" if downed else "launched"].append(f"{cell} {noun.strip().lower()}")
            told = [f"{role} {' and '.join(told)}" for role, told in counts.items() if told]
            out.append(f"{header[0]} {cells[0]}: {'; '.join(told)}." if told else line)
        else:
            out.append(line)
    return "\n".join(out)


def read_reports(
    text: str, *, published: str | None = None, lang: str | None = None, screen: bool = True
) -> list[Report]:
    """The attack reports of one text, one per (attacker, weapon, attack day).

    `published`: the document's ISO date or datetime (anchors "overnight", "on Sunday" and
    month names without a year); `lang`: an ISO 639-1 hint, guessed when None; `screen`:
    drop the reports of a text the report screen (monitor/gate.py) finds all but surely
    holds none (False: the rules' reading alone).
    """
    reports = _read_reports(text, published, lang)
    if reports and screen and gate.holds_no_report(text):
        # Said where a user can see it (-v): a report the rules read is not silently lost.
        log.info("report screen: %d report(s) dropped from %.60r", len(reports), text)
        return []
    return reports


def _read_reports(text: str, published: str | None, lang: str | None) -> list[Report]:
    if not text:
        return []
    if "|" in text and _TABLE_RULE.search(text):
        text = _tables_as_sentences(text)
    lowered = text.lower()
    odd = not lowered.isascii() and _ODD_CHARS.search(lowered) is not None
    whole = _unify(lowered) if odd else lowered
    if not _WEAPON_WORD.search(whole):
        return []  # the common case for a news feed: nothing about drones or missiles
    # One scan for five words most texts have none of (a sixth of the texts has one).
    rare = _RARE_HINTS.search(whole) is not None
    fake = rare and _FAKE.search(whole) is not None
    if rare and (_FACT_CHECK.search(whole) or (fake and _VERDICT.search(whole))):
        return []  # a viral claim checked: its figures are the claim's, or told to refute it
    any_foreign = rare and _FOREIGN_HINT.search(whole) is not None
    if any_foreign and _foreign_lead(whole):
        return []  # another war told alone: "Houthis ... launched 11 drones at a US carrier"
    # Searched once over the whole text, so that most sentences skip these checks.
    any_record_word = bool(_RECORD_HINT.search(whole))
    any_passing_word = rare and bool(_PASSING_HINT.search(whole))
    any_refers_back = bool(_REFERS_BACK.search(whole))
    any_correction = rare and bool(_CORRECTION_HINT.search(whole))
    any_benchmark = bool(_BENCHMARK_HINT.search(whole))
    any_update_word = bool(_UPDATED_HINT.search(whole))
    any_regional = _REGIONAL_SOURCE.search(whole) is not None
    any_clock = EVENING_CLOCK.search(whole) is not None
    any_evening = may_be_evening(whole, clock=any_clock)
    any_daytime = _DAY_CLOCK.search(whole) is not None and _DAYTIME_HOURS.search(whole) is not None
    # (" пилот": not the end of "беспилотник")
    any_pilot = (
        "pilot" in whole or " пилот" in whole or " пілот" in whole or "льотчик" in whole
        or " crew" in whole or "équipage" in whole  # "his crews", "her crew", "l'équipage"
        or "оператор" in whole or "operator" in whole or "opérateur" in whole  # one gunner
        or "вогнев" in whole or "огнев" in whole or "fire group" in whole  # one fire group
        or "groupe mobile" in whole
        or "група" in whole or "группа" in whole or "екіпаж" in whole or "экипаж" in whole
        or "розрахун" in whole or "расч" in whole  # one unit
        # one man's own tally ("personally", not "personnel"; " лично", not "отлично")
        or "personally" in whole or "personnellement" in whole or "особисто" in whole
        or " лично" in whole
    )
    pub = parse_published(published)
    paras = [sentences(p) for p in paragraphs(text)]
    if "," in whole and _may_name_a_second_night(whole):  # rare
        paras = [[part for s in para for part in _split_nights(s, pub)] for para in paras]
    # A sentence's characters are the text's: without odd ones in the text, lowercase is all.
    norms = [[normalise(s) if odd else s.lower() for s in para] for para in paras]
    cyrillic = has_cyrillic(whole)
    text_lang: str | Callable[[], str]
    if lang:
        text_lang = lang.lower()[:2]
    elif cyrillic:
        text_lang = detect_lang(text)
    else:  # 'en' or 'fr': guessed only if a sentence has a number word to read
        text_lang = cache(partial(detect_lang, text))
    if any_passing_word:
        norms = [[_mask_passing(norm) for norm in para] for para in norms]
    if any(word in whole for word in _HOW_MANY_WORDS):
        norms = [[_SPLIT_UNSAID.sub(_blank, norm) for norm in para] for para in norms]
    if rare and _YARDSTICK_HINT.search(whole):
        norms = [[_YARDSTICK.sub(_blank, norm) for norm in para] for para in norms]
    # A correction notice's wrong figures, with the right ones and where the notice is.
    withdrawn: dict[int, tuple[int, tuple[int, int]]] = {}
    if any_correction:
        norms = [_corrected(para, withdrawn, p_index) for p_index, para in enumerate(norms)]
    if fake:
        norms = [[_claim_blanked(norm) for norm in para] for para in norms]
    if any_benchmark:
        norms = [_benchmarks_masked(para) for para in norms]
    if any(word in whole for word in _RUNNING_TOTAL_WORDS):
        norms = [[_RUNNING_TOTAL.sub(_blank, norm) for norm in para] for para in norms]
    if "/ " in whole and _POST_NUMBER.search(whole):
        norms = [[_POST_NUMBER.sub(_blank, norm) for norm in para] for para in norms]
    if _ALL_HINT.search(whole) and _ALL_OF_A_MODEL.search(whole):
        norms = _all_of_a_model_counted(norms, text_lang)

    attacks: dict[tuple[str, str, str | None], _Attack] = {}
    # Counts of an evening alone, and the night each belongs to (joined to it at the end).
    evenings: dict[tuple[str, str, str | None], _Attack] = {}
    # Counts of a daytime window, kept apart from the night that ended that morning.
    daytimes: dict[tuple[str, str, str | None], _Attack] = {}
    evening_nights: dict[tuple[str, str, str | None], str] = {}
    evening_days: dict[tuple[str, str, str | None], str] = {}
    claimed: set[tuple[str, str | None]] = set()
    pending_claim = False
    from_headline: set[tuple[str, str | None]] = set()  # what a headline's claim was given to
    pending_side: str | None = None  # who the headline says attacked, if it says
    in_period = False  # the last figures read were a week's or a month's total
    last_keys: set[tuple[str, str | None]] = set()
    last_attacker: str | None = None
    last_weapon: str | None = None
    last_date: date | None = None
    last_night: date | None = None  # the night after the last evening counted alone
    last_role: str | None = None  # the last verb's role, for list lines without a verb
    last_weapons: tuple[str, ...] = ()  # the weapons of the last sentence read, in order
    list_sums: dict[tuple[tuple[str, str, str | None], str], int | None] = {}
    # Attacks read only from figures whose side the text did not give (RU by default).
    guessed: set[tuple[str, str, str | None]] = set()
    sided: set[tuple[str, str, str | None]] = set()
    first_date_cache: list[date | None] = []
    # The nights a paragraph told as background (a reminder), which its undated sentences go on.
    background: set[tuple[int, date]] = set()
    numbered = False  # whether a figure was read from a numeral (not "балістичну ракету" alone)

    standing: set[str] = set()  # the days of records still standing, told from an earlier year
    history_told = False  # whether a past night was passed over as history
    recalled: set[str] = set()  # nights told as background to the story, weeks on
    sides_seen: dict[str, str | None] = {}  # sentence -> _context_side, read at most once
    dates_seen: dict[tuple[str, date | None], date | None] = {}  # each sentence read once

    anchor = pub  # what "overnight" is relative to: the publication day, or a day header
    header_anchor = False  # whether a day header set the anchor (it may be the publication day)

    def dated(norm: str) -> date | None:
        key = (norm, anchor)
        if key not in dates_seen:
            found = find_date(norm, anchor)
            if found and any_clock and EVENING_CLOCK.search(norm):
                found = evening_then_night(norm, anchor) or found  # the evening joins its night
            dates_seen[key] = found
        return dates_seen[key]

    def first_date_in_document() -> date | None:
        if not first_date_cache:
            first = None
            for para_norms in norms:
                for norm in para_norms:
                    first = dated(norm)
                    if first:
                        break
                if first:
                    break
            first_date_cache.append(first)
        return first_date_cache[0]

    flat = [norm for para_norms in norms for norm in para_norms]  # every sentence, in order
    unread = -2  # the last sentence that named weapons but gave no figure
    counted = -2  # the last sentence whose figures were read
    last_figure: _Figure | None = None  # its last figure
    position = -1
    for p_index, para in enumerate(paras):
        para_norms = norms[p_index]
        if len(para) == 1 and len(para_norms[0]) <= 40 and _DAY_HEADER.match(para_norms[0]):
            # "Samedi 24 janvier 2026" above a live blog's posts: their day, until the next one.
            header_day = find_date(para_norms[0], pub)
            if header_day is not None:
                anchor = header_day
                header_anchor = True
                last_date = None  # the posts below are dated by the header, not the post above
                position += 1  # (a sentence of `flat` all the same)
                continue
        para_dates: dict[int, date | None] = {}
        source_hits: dict[tuple[str, int], bool] = {}
        roles: dict[int, str | None] = {}  # the last verb's role of the sentences read

        def date_of(i: int, para_norms: list[str] = para_norms, cache: dict = para_dates):
            if i not in cache:
                cache[i] = dated(para_norms[i])
            return cache[i]

        for s_index, sentence in enumerate(para):
            position += 1
            norm = para_norms[s_index]
            claim = (
                any_record_word
                and _RECORD_HINT.search(norm)
                and _claims_record(norm)
                and not _not_an_attack(norm)  # "the largest waves are expected to grow"
            )
            # "Сили ППО знешкодили 64 з них.": a figure about the weapons named just before
            # (counted before, or named with no verb: "Entre 60 et 80 drones ont survolé ...
            # 47 d'entre eux").
            named_before = last_weapon
            if (
                unread == position - 1
                and any_refers_back
                and _REFERS_BACK.search(norm)
                and (named_before is None or _REFERS_BACK_OPENING.match(norm))
                and (named_before is not None or _last_role(flat[unread]) is None)
            ):
                # "Never had so many drones been fired. Of them, 982 were downed": the drones
                # just named, not the missiles counted before.
                named_before = _one_kind(flat[unread]) or named_before
            has_weapon = (
                bool(_WEAPON_WORD.search(norm))
                or bool(
                    # "... шесть ракет и 17 беспилотников. Все они были перехвачены."
                    counted == position - 1
                    and _ALL_HINT.search(norm)
                    and _ALL_OF_THEM.search(norm)
                )
                or bool(named_before and any_refers_back and _REFERS_BACK.search(norm))
                or bool(
                    last_weapon
                    # short, or its first clause is: list items joined by "; " make it long
                    and (len(norm) < 200 or 0 < norm.find(";", 0, 200))
                    and _is_elliptic(norm)
                )
            )
            if not has_weapon and position and "the number " in norm:
                # "By the air force's count, the number reached 1,204." after a sentence on drones
                norm = _number_named_before(norm, flat[position - 1])
                has_weapon = norm is not para_norms[s_index]
            # "12 h 05 – Bilan actualisé : ...": a live blog's new post ends a period's summary.
            new_post = not s_index and norm[:1].isdigit() and bool(_POST_OPENING.match(norm))
            if new_post:
                in_period = False
            if in_period and not has_weapon and _one_attack(norm) and not _period_of(norm):
                in_period = False  # "The latest wave came overnight.": the week's total ends
            if not has_weapon and _PERIOD_IN_FIGURES.match(norm):
                in_period = True  # "ЖОВТЕНЬ У ЦИФРАХ": a month's summary, its totals follow
            figures: list[_Figure] = []
            if (
                not has_weapon
                and counted == position - 1
                and last_figure is not None
                and any(word in norm for word in _FIGURE_WORDS)
                and (raised := _FIGURE_RAISED.search(norm))
            ):
                # "70 drones abattus. ... elle a relevé ce chiffre à 92": that figure, anew.
                figures = [_renewed(last_figure, value=int(raised["num"]), bound=False)]
            if has_weapon:
                if s_index and _NIGHT_PART.match(norm):
                    carried = partial(_head_role, para_norms[s_index - 1])
                elif s_index:
                    carried = partial(_role_of, s_index - 1, para_norms, roles)
                else:
                    carried = partial(_role_before, position, flat, last_role)

                def fallback_side(
                    before: int = position, last: str | None = last_attacker
                ) -> str | None:
                    # The sentences just before ("... acheminés en Russie"), else the last attack.
                    for norm_before in flat[max(0, before - 3) : before][::-1]:
                        if norm_before not in sides_seen:
                            sides_seen[norm_before] = _context_side(norm_before)
                        found = sides_seen[norm_before]
                        if found:
                            return found
                    return last

                figures, own_role = _figures(
                    norm, text_lang, fallback_side, carried, named_before, last_weapons, cyrillic
                )
                roles[s_index] = own_role
                last_role = own_role or last_role
                if not figures:
                    unread = position  # weapons named, no figure read: for "47 d'entre eux"
                else:
                    counted, last_figure = position, figures[-1]
                # A total over a week or a month is no attack (checked only when it matters).
                # (No whole-text pre-scan: the pattern is long, the sentences with figures few.)
                if (figures or claim) and _period_of(norm):
                    in_period = True
                    # "524 drones en trois jours. ... 105 d'entre eux ... la nuit dernière":
                    # the weapons named, uncounted, for a night's part told next.
                    unread = position
                    if len({(f.weapon, f.attacker) for f in figures}) == 1:
                        last_weapon = figures[0].weapon
                        last_attacker = figures[0].attacker or last_attacker
                    continue
                if figures and "; " in norm and _PERIOD_HINT.search(norm):
                    figures = _outside_period_items(figures, norm)
                if (
                    figures
                    and not in_period
                    and unread == position - 1
                    and not new_post
                    and _PERIOD_HINT.search(flat[unread])
                    and _period_of(flat[unread]) in ("week", "month")
                ):
                    # "В течение недели ... нанесены удары ... беспилотниками." just before,
                    # with no figure: a week's summary, the figures after it are the week's.
                    in_period = True
                # "Протягом жовтня ... 5 298 БпЛА. Сили оборони знешкодили 4 670 БпЛА": the
                # month's summary goes on until a sentence names a night or a day.
                if figures and in_period:
                    # (or "The heaviest single night was July 9, when ...": the period's peak)
                    # (the peak may be quoted: '"The heaviest night was Thursday, when ...')
                    if not (_one_attack(norm) or dated(norm)) or _PERIOD_PEAK.match(
                        norm, len(norm) - len(norm.lstrip("\"«“ "))
                    ):
                        continue
                    in_period = False
                if figures and any(
                    _not_an_attack(clause)
                    and _WEAPON_WORD.search(clause)
                    # (not a habit of the source's, told in a relative clause)
                    and _not_an_attack(_RELATIVE.sub(",", clause))
                    for clause in _clauses(norm)
                ):
                    continue  # a forecast, a habit or a price, not a night that happened
                # Another war's drones: "Poland shot down 4 Russian drones", "Iran launched...".
                if figures and any_foreign and _is_foreign(norm):
                    continue
            if (
                figures
                and pub
                and ("20" in norm or "19" in norm)
                and (
                    (_names_an_earlier_year(norm, pub.year) and dated(norm) is None)
                    # "hit during an attack in July 2024 that used 38 missiles": a past month
                    or _names_an_earlier_year(norm, pub.year, month_only=True)
                )
                # (not the war's record, still standing: "The largest attack of the war came
                # on 7 September 2025")
                and not (claim and dated(norm) is not None and _STILL_STANDS.search(norm))
            ) or (
                figures
                and pub
                and position
                # (the year may be a sentence or two further back: an aside between)
                and _then_in_an_earlier_year(
                    norm, " ".join(flat[max(0, position - 3) : position]), pub.year
                )
            ):
                figures = []  # "intercepté pour la première fois un Kinjal en mai 2023"
            long_ago = bool(figures) and _LONG_AGO_HINT.search(norm) is not None
            if long_ago and _LONG_AGO.search(norm) and dated(norm) is None:
                figures = []
            if figures and long_ago and _weeks_back(norm):
                figures = []
            if figures and any_regional and (cut := _regional_clause_start(norm)) >= 0:
                figures = [f for f in figures if f.at < cut]  # "..., as the mayor reported 11"
            if (
                figures
                and any_regional
                and position
                and _HIS_WORDS.match(norm)
                and _REGIONAL_SOURCE.search(flat[position - 1])
                and not _NATIONAL.search(flat[position - 1])
            ):
                figures = []  # "..., сообщил раис республики. По его словам, ... сбиты 26": his
            if (
                figures
                and _REGIONAL_PLACE.search(norm)
                and not _HAS_PART.search(norm)
                # "Ракети не збиті, усі три – по Харківщині": where they struck, in an aside.
                and _REGIONAL_PLACE.search(_ASIDE.split(norm, maxsplit=1)[0])
                and not (
                    _MAINLY_HINT.search(norm) and not _REGIONAL_PLACE.search(_MAINLY.sub(" ", norm))
                )
            ):
                # "Собянін звітував про 40 ..., що летіли на столицю, а Міноборони заявило про
                # 234 збиті дрони": the place is the mayor's clause's; the ministry's stands.
                join = _CONTRAST_JOIN.search(norm) if ", " in norm else None
                if join and _REGIONAL_PLACE.search(norm[: join.start()]) and not (
                    _REGIONAL_PLACE.search(norm[join.end() :])
                ) and _MOD_SOURCE.search(norm, join.end()):
                    figures = [f for f in figures if f.at >= join.end()]
                elif (struck := _STRUCK_CLAUSE.search(norm)) and not _REGIONAL_PLACE.search(
                    norm[: struck.start()]
                ):
                    # "125 drones ont été abattus; les missiles ... ont frappé la région de
                    # Dnipropetrovsk", "Ракету збити не вдалося: вона влучила в ... на
                    # Харківщині": where a clause after the counts says they struck.
                    figures = [f for f in figures if f.at < struck.start()]
                else:
                    figures = []  # "над областю збили 14", "drones heading for Moscow": a part
            if figures and any_pilot and _PILOT_DOWNED.search(norm):
                figures = []  # "an F-16 pilot shot down six cruise missiles": one pilot's part
            if figures and ("then" in norm or "alors" in norm) and _THEN_THE_LARGEST.search(norm):
                figures = []  # "in what was then its biggest attack": an old record, told again
            # (a recap with nothing counted above it, "Recap of the night:" as the first post, is
            # the only telling)
            if figures and attacks and _RECAP.match(norm, _post_time_end(norm)):
                figures = []  # "A quick recap: ... Moscow reporting 112": told above already
            if (
                figures
                and ("we " in norm or "nous " in norm or "мы " in norm or "ми " in norm)
                and _WE_SAID.search(norm)
            ):
                figures = []  # "in our 09.02 post we said 174 drones": what a correction replaces
            if (
                figures
                and all(f.bare for f in figures)
                and ("над" in norm or "over" in norm or "dessus" in norm)
                and _NAMED_REGION.search(norm)
                # (not "С 20:00 до 23:00 перехвачены ещё 31 — над Ростовской ...": a window's
                # count of its own, more of the day's, its regions named)
                and not (_FURTHER_FIGURE.search(norm) and _HOURS_WINDOW.search(norm))
            ):
                figures = []  # "Из них 26 сбиты над Ростовской областью, 21 – над ...": parts
            if not figures:
                if claim:
                    if last_keys:
                        claimed.update(last_keys)
                        # The body names the attack a headline's claim meant: that one only.
                        claimed.difference_update(from_headline - last_keys)
                        from_headline = set()
                    else:
                        pending_claim = True
                        # The clause that claims it: a list's other items have other subjects.
                        clause = next(
                            (part for part in norm.split(";") if _RECORD.search(part)), norm
                        )
                        pending_side = _sentence_side(clause, _cues(clause))
                continue

            if not numbered and not all(figure.unnumbered for figure in figures):
                numbered = True
            when = date_of(s_index)
            if position and _AT_THAT_TIME_OPENING.match(norm):
                # "Суд ... по делу об атаке ... 11 марта. Тогда ... за ночь были сбиты 337": the
                # night of the day the text named before, not the publication's.
                earlier = next(filter(None, map(dated, reversed(flat[:position]))), None)
                if earlier is not None and (when is None or earlier < when):
                    when = earlier
            if when is None and last_date is not None and _PREVIOUS_NIGHT.search(norm):
                when = last_date - timedelta(days=1)  # "The previous night Russia had fired"
            elif when == last_date and when is not None and _EVE_NIGHT.match(norm):
                when = when - timedelta(days=1)  # "Накануне ночью ... сбиты 210" after a night
            if when is None and last_date is not None and _NEXT_NIGHT.search(norm):
                # (after an evening's count, the night that evening belongs to)
                when = last_night or last_date + timedelta(days=1)
            if when is None and len(attacks) > 1 and (nth := _NTH_NIGHT.match(norm)):
                # "On the first night, 97 ... On the second, ... 70" after two nights told: each
                # its night, in order.
                days = sorted({key[2] for key in attacks if key[2]})
                index = 0 if nth["first"] or nth["first2"] else 1
                if len(days) == 2:
                    when = date.fromisoformat(days[index])
            window_night = None  # the night after an undated evening window
            if (
                when is None
                and last_date is not None
                and (evening_window := EVENING_WINDOW.search(norm))
                # (not after a daytime window: "С 7:00 до 14:00 ... 198, ... с 20:00 до 23:59
                # — 54": one day's windows, in order)
                and not _DAYTIME_WINDOW.search(norm, 0, evening_window.start())
            ):
                when = last_date + timedelta(days=1)  # "Кроме того, с 20:00 до 23:59 мск ..."
                window_night = when
            if (
                when is None
                and last_night is not None
                and (_THE_NIGHT.search(norm) or _NIGHT_HOURS.search(norm))
            ):
                when = last_night  # "По итогам ночи ... еще 88" after an evening's count
            if when is None:
                order = list(range(s_index - 1, -1, -1)) + list(range(s_index + 1, len(para)))
                for other in order:
                    when = date_of(other)
                    if when:
                        break
                if when is not None and (p_index, when) in background:
                    continue  # "Тоді сили ППО знешкодили 399" after a reminder: that night's
            if when is None:
                when = last_date or (anchor if header_anchor else None)
                if when is None and (first := first_date_in_document()) is not None:
                    # "В пасхальную ночь ... 300 дронов" then "рекорд принадлежит ночи на 7
                    # сентября 2025 года": a night told undated is no night months back.
                    old_night = pub and (pub - first).days > _HISTORY_DAYS and _A_NIGHT.search(norm)
                    when = None if old_night else first
                when = when or pub
            if (
                when
                and pub
                and not claim
                and (pub - when).days > _BACKGROUND_DAYS
                and (", " in norm and (past := _PAST_ATTACK_CLAUSE.search(norm)))
                and all(f.at < 0 or f.at > past.start() for f in figures)
            ):
                # "The city was last hit on 19 November, when Russia launched 476 drones", "after
                # Russia's Oct. 10 attack, in which ...", told weeks on: background, not news.
                recalled.add(when.isoformat())
                continue
            if (
                when
                and pub
                and not claim
                and (pub - when).days > _BACKGROUND_DAYS
                and (_THAT_ATTACK_OPENING.match(norm) or _PLUPERFECT_LAUNCH.search(norm))
            ):
                # "A week after the Nov. 8 strike ... In that attack, Russia used 450"; "Dans la
                # nuit du 18 au 19 novembre, la Russie avait lancé 476 drones", a month on: told
                # in the pluperfect, a past before the story. Background, not news.
                recalled.add(when.isoformat())
                continue
            if (
                when
                and pub
                and (pub - when).days > _HISTORY_DAYS
                and (when.year < pub.year or not claim)
            ):
                # "That night, 17 May 2025, ..." told a year on, or "the night of 7 September,
                # when 810 drones ..." recalled in December: history, not news (an explainer's
                # record night, told as the largest so far, is kept: fr-087, b20-048; so is
                # one of an earlier year told as the record that still stands, unless the
                # text has news of its own).
                if claim and _STILL_STANDS.search(norm):
                    standing.add(when.isoformat())
                elif when.isoformat() not in standing or dated(norm) is not None:
                    history_told = True
                    continue
                # (else an undated sentence after the standing record's, on the same night:
                # "Air defences reported downing 747 drones", its downed)
            if when and pub and (pub - when).days > _REMINDER_DAYS and _REMINDER.match(norm):
                # "Напомним, ... 11 марта, когда ... 337 БПЛА" in October: history, and so are
                # the undated sentences after it ("Дві ракети Х-101 влучили ...")
                background.add((p_index, when))
                continue
            if (
                attacks
                and pub
                and (in_month := _IN_A_MONTH.search(norm))
                and _MONTH_IN[in_month["month"][:4]] != pub.month
                and dated(norm) is None
            ):
                continue  # "в марте ведомство отчитывалось о 337" after July's night: the past
            if (
                when
                and attacks
                and any(key[2] and key[2] > when.isoformat() for key in attacks)
                and _LONG_BEFORE_HINT.search(norm)
                and _LONG_BEFORE.search(norm)
            ):
                continue  # "Last Wednesday it fired a record 741": background to the news
            if (
                when
                and attacks
                and _REMINDER.match(norm)
                and any(key[2] and key[2] > str(when + timedelta(days=1)) for key in attacks)
            ):
                background.add((p_index, when))
                continue
            last_date = when
            day = when.isoformat() if when else None
            evening = evening_night(norm, anchor) if when and any_evening else None
            if evening is None and window_night is not None and not _A_NIGHT.search(norm):
                # "Вечером, с 20:00 до 23:59 мск, ... ещё 41" after a day's window: joined to
                # the night after it if the text tells that night, else dated by it as before.
                evening = (window_night, window_night)
            if evening:
                last_night = evening[1]
            told_total = any_evening and bool(_ALL_TOLD.search(norm))
            updated = any_update_word and bool(_UPDATED_FIGURES.search(norm))
            book = evenings if evening else attacks
            if (
                any_daytime
                and not evening
                and when
                and _DAYTIME_HOURS.search(norm)
                and not _NIGHT_NAMED.search(norm)
            ):
                book = daytimes

            is_list_line = (
                bool(_LIST_LINE.match(norm))
                or (("—" in norm or "–" in norm) and bool(_TABLE_ROW.match(norm)))
                # "- Kh-101: 6 launched - 5 downed" then "- Iskander-M: 3 launched - 0 downed"
                or (":" in norm and bool(_LABEL_ROW_LINE.match(norm)))
            )
            if not is_list_line:
                list_sums.clear()
            grouped: dict[tuple[str, str, str], list[int | None]] = {}
            headed: set[tuple[str, str, str]] = set()  # groups whose first figure heads a list
            parts_marked = bool(_PARTS_MARK.search(norm))
            if len(last_weapons) > 1 and any(f.bare for f in figures):
                figures = [
                    _downed_of_the_weapon_it_fits(f, last_weapons, book, day) for f in figures
                ]
            weapons_in_order = [f.weapon for f in figures if f.weapon != "any"]
            last_weapons = tuple(dict.fromkeys(weapons_in_order)) or last_weapons
            with_noun = {(f.attacker, f.weapon, f.role) for f in figures if not f.bare}
            plain = {(f.attacker or "RU", f.weapon, f.role) for f in figures if not f.approx}
            for figure in figures:
                if figure.bare and (figure.attacker, figure.weapon, figure.role) in with_noun:
                    continue  # "317 БпЛА: 289 збито, ще 28 ...": the parts of the total read
                attacker = figure.attacker or "RU"
                if figure.attacker is None:
                    guessed.add((attacker, figure.weapon, day))
                else:
                    sided.add((attacker, figure.weapon, day))
                group = (attacker, figure.weapon, figure.role)
                if group not in grouped and figure.heads:
                    headed.add(group)
                value = figure.value
                if figure.also_kind and value is not None:
                    # Another kind of the weapon than the sentences read before counted: added.
                    attack = book.get((attacker, figure.weapon, day))
                    if (
                        attack is not None
                        and attack.launched is not None
                        and not any(figure.also_kind in told for told in attack.read_from)
                        and not (
                            figure.kinds_before
                            and not _MISSILE_KIND.search(attack.launched_evidence.lower())
                        )
                    ):
                        value += attack.launched
                grouped.setdefault(group, []).append(value)
            keys: set[tuple[str, str | None]] = set()
            # "Belgorod governor Gladkov said 15 drones were shot down over his region": one
            # region's count, whatever else the text says of the attack.
            for (attacker, weapon, role), values in grouped.items():
                key = (attacker, weapon, day)
                attack = book.get(key)
                if attack is None:
                    attack = book[key] = _Attack(attacker, weapon, day)
                if evening:
                    evening_nights[key] = evening[1].isoformat()
                    evening_days[key] = evening[0].isoformat()
                value = _sum(
                    values, (attacker, weapon, role) in headed, parts_marked and weapon == "drone"
                )
                if (
                    daytimes
                    and value is not None
                    and book is attacks
                    and _DAY_SUM.search(norm)
                    and value == _windows_summed(key, role, attacks, evenings, daytimes)
                ):
                    continue  # "Всего за сутки ... 278": the day's windows and the night, summed
                if any(f.bound for f in figures if f.weapon == weapon and f.role == role):
                    attack.bounded = True
                if (attacker, weapon, role) in plain:
                    attack.plain = True
                else:
                    attack.approx = True
                if is_list_line:
                    # "Kh-101 cruise missiles: 6." then "Iskander-M ballistic missiles: 5.":
                    # the lines of one list add up (a rewritten list elsewhere does not).
                    so_far = list_sums.get((key, role), 0)
                    value = None if value is None or so_far is None else so_far + value
                    list_sums[(key, role)] = value
                current = getattr(attack, role)
                if (
                    len(values) == 1
                    and value is not None
                    and current is not None
                    and _later_window(norm, value, getattr(attack, role + "_evidence").lower())
                ):
                    value += current  # "с 03:00 до 07:00 уничтожены еще 30": the day goes on
                for f in figures:
                    if f.every and f.weapon == weapon and f.role == role:
                        attack.all_destroyed, attack.all_but = True, f.short
                attack.told_total = attack.told_total or told_total
                attack.read_from.append(norm)
                if (
                    value is not None
                    and value < attack.least.get(role, value + 1)
                    # (not "Из них 42 уничтожены над Московским регионом": a part of the count)
                    and not (current is not None and value < current and _PART_OPENING.match(norm))
                ):
                    attack.least[role] = value
                replace = value is not None and (current is None or value > current)
                if value is not None and current is not None and value != current:
                    # "почти 500" in a headline, "472" below: the exact figure wins.
                    was_rounded = _rounded(
                        getattr(attack, role + "_evidence"), current, text_lang, value
                    )
                    rounded = _rounded(sentence, value, text_lang)
                    replace = (replace and (not rounded or was_rounded)) or (
                        was_rounded and not rounded
                    )
                    if updated or role in attack.updated:
                        replace = updated  # the updated figure stands, larger or smaller
                if updated and value is not None:
                    attack.updated.add(role)
                if replace:
                    setattr(attack, role, value)
                    setattr(attack, role + "_evidence", sentence)
                    attack.told_at[role] = (p_index, s_index)
                elif not getattr(attack, role + "_evidence"):
                    setattr(attack, role + "_evidence", sentence)
                source = _source_for(attacker, s_index, para_norms, source_hits)
                if source and source not in attack.sources:
                    attack.sources.append(source)
                keys.add((attacker, day))
                last_attacker = attacker
                last_weapon = weapon
            last_keys = keys
            if claim:
                claimed.update(keys)
                claimed.difference_update(from_headline - keys)
                from_headline = set()
            elif pending_claim and (
                pending_side is None or any(key[0] == pending_side for key in keys)
            ):
                # "Russia launches unprecedented attack" above the posts: Russia's attack, not
                # the ministry's count of Ukrainian drones that may come first.
                from_headline = {key for key in keys if pending_side in (None, key[0])}
                claimed.update(from_headline)
                pending_claim = False

    for key, evening_attack in evenings.items():
        night_key = (key[0], key[1], evening_nights[key])
        night = attacks.get(night_key)
        if night is not None and _evening_told_again(night, evening_attack):
            # "Минобороны: вечером ... сбиты 34 беспилотника" over the window's own 34: the
            # headline tells the evening again, it is no night.
            del attacks[night_key]
            guessed.discard(night_key)
            sided.discard(night_key)
            night = None
        if night is None:  # an evening alone: its own report, dated by its own day
            own = (key[0], key[1], evening_days[key])
            _merge(attacks.setdefault(own, _Attack(*own)), evening_attack)
            if own != key:
                for seen in (guessed, sided):
                    if key in seen:
                        seen.discard(key)
                        seen.add(own)
                if (key[0], key[2]) in claimed:
                    claimed.add((key[0], own[2]))
            continue
        # "23 between 8 and 11 p.m." then "127 overnight": the night's total is both, unless
        # the text gives a total that is larger.
        for role in ("launched", "destroyed"):
            part, whole_night = getattr(evening_attack, role), getattr(night, role)
            if part is not None and whole_night is not None and not night.told_total:
                night.night_only[role] = whole_night
                setattr(night, role, max(whole_night, part + night.least.get(role, whole_night)))
        guessed.discard(key)
        sided.discard(key)
        if (key[0], key[2]) in claimed:
            claimed.add((key[0], night_key[2]))
        told = attacks.get(key)
        if told is not None and (
            (told.launched is None and told.destroyed is None)
            # "Минобороны отчиталось о перехвате 76 беспилотников" above 27 of the evening and
            # 49 of the night: the two together, told again.
            or (
                key != night_key
                and told.destroyed is not None
                and (told.launched, told.destroyed) == (night.launched, night.destroyed)
                and evening_attack.destroyed is not None
            )
        ):
            # "plus de cent drones en quelques heures" above the evening's and the night's
            # counts: a bound of the two together, dated by the evening only for want of a day.
            _merge(night, attacks.pop(key))
    # "19 drones between 3pm and 8pm on Thursday" beside "64 overnight" (ended Thursday
    # morning): the daytime window is a report of its own, dated the same day.
    beside: list[tuple[tuple[str, str, str | None], _Attack]] = []
    for key, daytime in daytimes.items():
        night = attacks.get(key)
        if (
            night is not None
            and (night.launched, night.destroyed) != (daytime.launched, daytime.destroyed)
            and any(_NIGHT_NAMED.search(told) for told in night.read_from)
            # (not when the text sums the day: "с начала суток сбит 131", 83 of the night)
            and not any(_DAY_SUM.search(told) for told in night.read_from)
        ):
            beside.append((key, daytime))
        else:
            _merge(attacks.setdefault(key, _Attack(*key)), daytime)
    # "Correction: an earlier version of the 07:58 post said 65 drones. The air force's
    # figure is 56": the first post's 65, read above the notice, is withdrawn for 56.
    if withdrawn:
        for attack in attacks.values():
            for role in ("launched", "destroyed"):
                if getattr(attack, role) not in withdrawn:
                    continue
                right, notice_at = withdrawn[getattr(attack, role)]
                # (a figure whose place is not kept, e.g. one made at the end, as before)
                if attack.told_at.get(role, (-1, -1)) <= notice_at:
                    setattr(attack, role, right)
    if recalled:
        # "l'immeuble frappé par deux missiles dans la nuit du 18 au 19 novembre. Cette nuit-là,
        # ...": what else the text tells of a night it recalls as background is background too.
        attacks = {key: a for key, a in attacks.items() if a.date not in recalled}
        guessed &= attacks.keys()
    if standing and (history_told or any(key[2] not in standing for key in attacks)):
        # The record that still stands, told beside the news (a yardstick) or among other
        # past nights (a timeline of records): no report of its own.
        for key in [key for key in attacks if key[2] in standing]:
            del attacks[key]
    if any_record_word and len(attacks) > 1:
        _drop_old_records(attacks)
    guessed &= attacks.keys()  # (the yardsticks just dropped are no headline's to repeat)
    if not attacks:
        return []
    single_missile = all(  # ("hit by a Kh-101 cruise missile launched from a Tu-95": one)
        (a.weapon, a.launched, a.destroyed) in (("missile", 1, None), ("missile", None, None))
        for a in attacks.values()
    )
    if (not numbered or single_missile) and _DEATH_TOLL.search(whole):
        # "Кількість загиблих ... зросла до 18. ... росіяни застосували балістичну ракету": a
        # follow-up on the dead of one strike, its missile named without a figure, counts none.
        return []
    if claimed and ("record" in whole or "рекорд" in whole) and _RECORD_DENIED.search(whole):
        claimed = set()
    without_negated = cache(partial(_without_negated, whole))  # asked at most twice
    regional = any_regional and not (
        _VICTIMS.search(whole) is not None and _regional_only_of_victims(norms)
    )
    if regional or (rare and _NOT_OUT_YET.search(whole)):
        # (or "Загальних даних Повітряних сил ще не оприлюднено": the counts are a city's)
        if not _NATIONAL.search(_MINISTRY_FORCES.sub(" ", without_negated())):
            return []  # a governor's or a mayor's count: one region's share of an attack
    if (
        all(_one_named_region(attack.read_from) for attack in attacks.values())
        and not _NATIONAL.search(without_negated())
        and not _ANY_AUTHORITY.search(whole)
    ):
        return []  # "ночью над Белгородской областью сбиты 12 беспилотников", and no source
    if regional:
        # "Belgorod governor Gladkov said 15 drones were shot down over his region": one
        # region's count, whatever else the text says of other attacks.
        attacks = {key: attack for key, attack in attacks.items() if _national(attack.read_from)}
        guessed &= attacks.keys()
    for attack in attacks.values():
        if attack.all_destroyed and attack.launched is not None:
            attack.destroyed = max(attack.destroyed or 0, attack.launched - attack.all_but)
    for key in guessed - sided:
        # "ПВО сбили пять ракет и 88 беспилотников ВСУ": a figure of no stated side that the
        # other side's attack repeats is that attack's (a headline over the ministry's count).
        attack, other = attacks[key], attacks.get((_OTHER_SIDE[key[0]], *key[1:]))
        if (
            other is not None
            # (a headline's "понад 90 збитих дронів", a bound only, over the other side's count)
            and ((attack.launched, attack.destroyed) != (None, None) or attack.bounded)
            # (a headline's "88 overnight" repeats the night's figure, evening apart)
            and attack.launched in (None, other.launched, other.night_only.get("launched"))
            and attack.destroyed in (None, other.destroyed, other.night_only.get("destroyed"))
        ):
            del attacks[key]
            if (key[0], key[2]) in claimed:
                claimed.add((other.attacker, key[2]))
    _targets_of_one_weapon(attacks)
    counted = [a for a in attacks.values() if a.launched is not None or a.destroyed is not None]
    numbered = {(a.attacker, a.date) for a in counted + [a for a in attacks.values() if a.bounded]}
    split = {(a.attacker, a.date) for a in counted if a.weapon != "any"}
    combined = {(a.attacker, a.date) for a in counted if a.weapon == "any"}
    reports: list[Report] = []
    for attack in [*attacks.values(), *(told for key, told in beside if key in attacks)]:
        if (attack.attacker, attack.date) not in numbered:
            continue  # weapons named, nothing counted: "the first missiles hit Kyiv in 2022"
        if attack.weapon == "any" and (attack.attacker, attack.date) in split:
            continue  # the split into drones and missiles says more
        if (
            attack.approx
            and not (attack.plain or attack.bounded)
            and attack not in counted
            and attack.weapon in _weapons_unsaid(whole)
        ):
            # "400 drones et une quarantaine de missiles ... Le nombre exact de missiles n'a pas
            # été précisé": the source gave the missiles no count, the vague one is no report.
            continue
        if (
            attack.weapon != "any"
            and attack not in counted
            and not attack.bounded
            and (attack.attacker, attack.date) in combined - split
        ):
            continue  # "130 засобів ..., не уточнивши співвідношення ракет і дронів"
        reports.append(
            Report(
                attacker=attack.attacker,
                target=_OTHER_SIDE.get(attack.attacker),
                weapon=attack.weapon,
                launched=attack.launched,
                destroyed=attack.destroyed,
                date=attack.date,
                claims_record=(attack.attacker, attack.date) in claimed,
                source=attack.sources[0] if attack.sources else None,
                evidence=_trim(attack.launched_evidence or attack.destroyed_evidence),
            )
        )
    return reports
