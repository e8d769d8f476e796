"""The day an attack ended, from the words of a report and the document's publication date.

Pure functions, no clock: "overnight" or "cette nuit" means the publication day, "on Sunday"
the last Sunday on or before it, "dans la nuit du 3 au 4 juillet" / "у ніч на 4 липня" the
4th. Month and weekday tables cover English, French, Ukrainian and Russian; no dateparser
(too slow for the hot path, and it cannot read "у ніч на").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime, timedelta, tzinfo
from functools import lru_cache

from monitor.numbers import by_first_letter, hint

_MONTHS: dict[str, int] = {}
for _number, _forms in enumerate(
    (
        "january jan janvier січня січень января январь",
        "february feb février fevrier лютого лютий февраля февраль",
        "march mar mars березня березень марта март",
        "april apr avril квітня квітень апреля апрель",
        "may mai травня травень мая май",
        "june jun juin червня червень июня июнь",
        "july jul juillet липня липень июля июль",
        "august aug août aout серпня серпень августа август",
        "september sep sept septembre вересня вересень сентября сентябрь",
        "october oct octobre жовтня жовтень октября октябрь",
        "november nov novembre листопада листопад ноября ноябрь",
        "december dec décembre decembre грудня грудень декабря декабрь",
    ),
    start=1,
):
    for _form in _forms.split():
        _MONTHS[_form] = _number

_WEEKDAYS: dict[str, int] = {}
for _number, _forms in enumerate(
    (
        "monday lundi понеділок понеділка понеділку понедельник понедельника",
        "tuesday mardi вівторок вівторка вівторку вторник вторника",
        "wednesday mercredi середа середу середи среда среду среды",
        "thursday jeudi четвер четверга четверг",
        "friday vendredi п'ятниця п'ятницю п'ятниці пятница пятницу пятницы",
        "saturday samedi субота суботу суботи суббота субботу субботы",
        "sunday dimanche неділя неділю неділі воскресенье воскресенья",
    )
):
    for _form in _forms.split():
        _WEEKDAYS[_form] = _number


def _alternation(words: dict[str, int]) -> str:
    return by_first_letter("|".join(sorted(map(re.escape, words), key=len, reverse=True)))


_MON = rf"(?:{_alternation(_MONTHS)})\.?"
_WD = rf"(?:{_alternation(_WEEKDAYS)})"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:er|st|nd|rd|th|-?го|-?е)?"
_YEAR = r"(?:,?\s+(?P<year>20\d\d))?"

# The night of D1 to D2 [month]: the attack is dated D2.
_NIGHT_RANGE = re.compile(
    rf"(?:nuit|night|ніч|ночь)\s+(?:du|of|from|з|із|с|со)\s+(?:{_WD},?\s+)?{_DAY}"
    rf"(?:\s+{_MON})?\s*(?:au|to|into|-|–|на|on)\s*(?:{_WD},?\s+)?(?P<day>{_DAY})"
    rf"(?:\s+(?P<month>{_MON}){_YEAR})?"
)
# "night of July 3-4" / "night of July 3 to 4" / "overnight on June 9 to 10".
_NIGHT_RANGE_EN = re.compile(
    rf"night\s+(?:of|on|from)\s+(?P<month>{_MON})\s+{_DAY}\s*(?:-|–|to|into)\s*"
    rf"(?P<day>{_DAY}){_YEAR}"
)
# "у ніч на 4 липня", "в ночь на 1 июня".
_NIGHT_ON = re.compile(rf"(?:ніч|ночь)\s+(?:на|проти)\s+(?P<day>{_DAY})\s+(?P<month>{_MON}){_YEAR}")
# Night from one weekday to the next: dated by the second.
_NIGHT_WD = re.compile(
    rf"(?:nuit\s+(?:de|du)\s+{_WD}\s+(?:à|au)|night\s+(?:from|of)\s+{_WD}\s+(?:to|into)"
    rf"|overnight\s+(?:into|to)|{_WD}\s+night\s+(?:into|to)|(?:ніч|ночь)\s+(?:з|із|с|со)\s+{_WD}\s+на"
    rf"|(?:ніч|ночь)\s+(?:на|проти))\s+(?P<wd>{_WD})"
)
# No look-behind at the start (it would stop the engine skipping ahead): see _clean_start.
# The day as any one or two digits: a pattern that starts with a digit class is scanned for
# fast; a day out of range ("45 травня") gives no date (_build) and is skipped.
_EXPLICIT_DM = re.compile(
    rf"(?P<day>[0-9]\d?(?:er|st|nd|rd|th|-?го|-?е)?)\s+(?P<month>{_MON}){_YEAR}(?![\w'])"
)
_EXPLICIT_MD = re.compile(rf"(?P<month>{_MON})\s+(?P<day>{_DAY})(?!\d|:\d){_YEAR}(?![\w'])")
# A month name then a day is rare: one fast search spares most scans for it.
_EXPLICIT_MD_HINT = hint(_EXPLICIT_MD.pattern)
# From one weekday to (into, until) the next: dated by the second.
_WD_RANGE = re.compile(
    rf"{_WD}\b[^.;]{{0,60}}?\b(?:into|until|till|to|through|jusqu'(?:à|au)|au|à|до)\s+"
    rf"(?:(?:the\s+)?(?:early\s+)?(?:hours|morning)\s+of\s+|[\w.]+\s+){{0,4}}?(?P<wd>{_WD})(?![\w'])"
)
# "entre samedi soir et dimanche matin", "between Saturday evening and Sunday morning",
# "between 6 p.m. on Monday and 8 a.m. on Tuesday".
_WD_BETWEEN = re.compile(
    rf"(?:entre|between)\s+(?:[\w.:]+\s+){{0,3}}?{_WD}(?:\s+[^\W\d]+)?\s+(?:et|and)\s+"
    rf"(?:[\w.:]+\s+){{0,3}}?(?P<wd>{_WD})(?![\w'])"
)
# "с 20:00 до 23:00 мск 2 ноября": an evening window belongs to the night that ends next day.
_EVENING_TIME = r"(?:(?:1[89]|2[0-3])[:.]\d\d|(?:[6-9]|1[01])(?:[:.]\d\d)?\s*p\.?\s?m\.?)"
_EVENING = (
    rf"(?:с|з|від|from|between|de|entre)\s+{_EVENING_TIME}\s+(?:до|по|to|and|à|et)\s+"
    rf"{_EVENING_TIME}(?:\s+(?:мск|msk|moscow\s+time|за\s+московським\s+часом"
    r"|по\s+московскому\s+времени))?"
)
_EVENING_WINDOW = re.compile(
    rf"{_EVENING}\s+(?:on\s+)?(?:(?P<day>{_DAY})\s+(?P<month>{_MON})|(?P<month2>{_MON})\s+"
    rf"(?P<day2>{_DAY})|(?P<wd>{_WD})(?![\w']))"
)
# For other modules: an evening window with no day named ("с 20:00 до 23:59 мск ...").
EVENING_WINDOW = re.compile(_EVENING)
# An evening on its own, not stretching into the night: "jeudi soir, entre 20h et minuit",
# "On Monday evening, between 8 p.m. and 11 p.m.", "вечером 3 января, с 19:00 до 23:00".
_EVENING_HOURS = re.compile(
    r"(?:с|з|від|from|between|de|entre)\s+(?:(?:1[89]|2[0-3])(?:[:.]\d\d|\s*h(?:eures)?(?:\d\d)?\b)"
    r"|(?:[6-9]|1[01])(?:[:.]\d\d)?\s*p\.?\s?m\b\.?)"  # "between 8 p.m. and 11:55 p.m."
    r"[^.;]{0,12}?\s(?:до|по|to|and|à|et)\s+(?:(?:1[89]|2[0-3])(?:[:.]\d\d|\s*h(?:eures)?(?:\d\d)?\b)"
    r"|minuit|midnight"
    r"|полуночи|півночі|(?:[6-9]|1[01])(?:[:.]\d\d)?\s*p\.?\s?m\b)"
)
# An evening's clock time ("20h00", "19:00", "8 p.m."), as every evening window has: one
# leading class of digits, the alternatives told apart behind it, so that a search skips to the
# text's digits (its digits are 0-9: monitor.counts.normalise).
EVENING_CLOCK = re.compile(
    r"[0-9](?:(?<=1)[89](?:\s*h|[:.]\d\d)|(?<=2)[0-3](?:\s*h|[:.]\d\d)|\s*p\.?\s?m)"
)
_EVENING_DAY = re.compile(
    rf"(?<!since\s)(?<!depuis\s)(?:{_WD}|yesterday|hier|вчера|вчора|учора|накануне|напередодні)"
    r"\s+(?:evening|soir|вечером|ввечері|увечері)\b|(?:вечером|ввечері|увечері|evening\s+of)\s+\d"
)
_NIGHT_OR_MORNING = re.compile(
    r"\b(?:night|overnight|nuit|matin|morning|ніч\w*|вночі|уночі|ноч\w*|утр\w*|ранку|ранок)\b"
)


# "сообщило Минобороны в воскресенье утром", "the ministry said on Monday morning": when it was
# said, not a night the count runs into.
_SAID_IN_THE_MORNING = re.compile(
    r"(?:сообщил\w*|заявил\w*|повідомил\w*|заявив\w*|said|reported|announced|a\s+annoncé"
    r"|a\s+indiqué|a\s+affirmé|a\s+déclaré|a\s+précisé)(?:\s+[^\s.;]+){0,4}?\s+(?:утром|вранці|зранку|morning|matin)\b"
    # "сообщило Минобороны утром 6 ноября": the day it was said, too.
    r"(?:\s+\d{1,2}\s+[^\W\d]+)?"
)
# "sans fournir de bilan pour la nuit suivante", "without giving a figure for the night": a
# night the text says it has no count of, so the evening's count is told alone.
_NIGHT_NOT_COUNTED = re.compile(
    r"(?:sans|without|не|без)\s+(?:\S+\s+){0,3}?(?:bilan|figure|tally|count|total|данных|даних"
    r"|подсчет\w*|цифр\w*)\s+(?:pour|for|за|по)\s+(?:la|the|эту|цю)?\s*"
    r"(?:nuit|night|ночь|ніч)(?:\s+(?:suivante|following|after|следующую|наступну))?"
)
_EVENING_WORDS = ("soir", "evening", "вечер", "ввечері", "увечері")
# "46 drones on Saturday evening and another 89 overnight", "samedi entre 20 heures et minuit
# ..., puis 57 autres pendant la nuit": the evening and the night after it, one attack, dated
# by the night's end like an evening window of hours.
_EVENING_AFTER_DAY = re.compile(r"\s+(?:evening|soir|вечером|ввечері|увечері)\b")
# (Or on to dawn: "between Saturday evening and dawn" is the night into Sunday.)
_NIGHT_WORD = re.compile(
    r"\b(?:overnight|night|nuit|вночі|уночі|ночью|ніч\w*|ноч\w*|dawn|daybreak|l'aube|світанку"
    r"|рассвета)\b"
)


def _evening_then_night(text: str, weekday: re.Match[str]) -> bool:
    """Whether the weekday is an evening's ("on Saturday evening", "samedi entre 20 heures et
    minuit", "entre 18 heures et minuit lundi") and the sentence goes on into the night."""
    start, end = weekday.span()
    evening = bool(_EVENING_AFTER_DAY.match(text, end)) or any(
        hours.end() >= start - 3 and hours.start() <= end + 3
        for hours in _EVENING_HOURS.finditer(text, max(0, start - 60), end + 60)
    )
    return evening and _NIGHT_WORD.search(text) is not None


def may_be_evening(text: str, clock: bool | None = None) -> bool:
    """Whether a text may count an evening (a cheap test before evening_night). `clock`:
    whether the text has an EVENING_CLOCK time, when the caller has searched for one."""
    # Spelt out: a generator over _EVENING_WORDS costs more than the tests themselves.
    return (
        "soir" in text
        or "evening" in text
        or "вечер" in text
        or "ввечері" in text
        or "увечері" in text
        or _evening_hours(text, clock)
    )


def _evening_hours(text: str, clock: bool | None = None) -> bool:
    # (the clock first: a search for it skips to digits, one for the hours to common letters)
    if clock is None:
        clock = EVENING_CLOCK.search(text) is not None
    return clock and _EVENING_HOURS.search(text) is not None


def evening_night(text: str, published: date | None) -> tuple[date, date] | None:
    """An evening window's own day and the night it belongs to (the next day), for a sentence
    that counts an evening alone: None when it names no evening or also a night."""
    if not (_evening_hours(text) or (may_be_evening(text) and _EVENING_DAY.search(text))):
        return None
    if _NIGHT_OR_MORNING.search(text) and _NIGHT_OR_MORNING.search(
        _NIGHT_NOT_COUNTED.sub(" ", _SAID_IN_THE_MORNING.sub(" ", text))
    ):
        return None
    if _HOURS_AFTER_MIDNIGHT.search(text):
        return None  # "..., and 84 between midnight and 7am on Sunday": the night, too
    if _EVENING_WINDOW.search(text):  # "с 20:00 до 23:59 мск 30 декабря": dated by its night
        night = find_date(text, published)
        return (night - timedelta(days=1), night) if night else None
    # (Not the day it was said: "..., сообщило Минобороны утром 6 ноября".)
    day = find_date(_SAID_IN_THE_MORNING.sub(" ", text), published)
    if day is None:  # "a annoncé vendredi soir": the day it was said is the evening's
        named = _EVENING_DAY.search(text)
        day = find_date(named.group(0), published) if named else None
    return (day, day + timedelta(days=1)) if day else None


def evening_then_night(text: str, published: date | None) -> date | None:
    """The morning that ends a sentence's evening window and the night told after it
    ("entre 20h et 23h59 samedi, 41 drones ..., puis 96 autres pendant la nuit"): the count is
    the night's. None unless the sentence names the evening's day and a night after it."""
    window = _EVENING_HOURS.search(text)
    if window is None or _NIGHT_ONLY.search(text, 0, window.start()):
        return None
    # ("27 between 8pm and 11.59pm on Saturday, and 84 between midnight and 7am on Sunday":
    # the night told by its hours)
    night = _NIGHT_ONLY.search(text, window.end()) or _HOURS_AFTER_MIDNIGHT.search(
        text, window.end()
    )
    evening = evening_night(text[: night.start()], published) if night else None
    return evening[1] if evening else None


# (Not "morning": "сообщило в воскресенье утром" is when it was said.)
_NIGHT_ONLY = re.compile(r"\b(?:night|overnight|nuit|ніч\w*|вночі|уночі|ноч\w*)\b")
# The night's window after an evening's: "between midnight and 7am", "с 00:00 до 07:00",
# "de minuit à 7h".
_HOURS_AFTER_MIDNIGHT = re.compile(
    r"(?:from|between|с|з|від|de|entre)\s+(?:полуночи|півночі|midnight|minuit|0?0[:.h]00)"
    r"\s+(?:to|and|до|по|à|et)\s+(?:0?[1-9](?:[:.h]\d\d|\s*a\.?\s?m\b|h))"
)


_DIGIT = re.compile(r"[0-9]")
_WEEKDAY = re.compile(rf"(?P<wd>{_WD})(?:'s)?(?![\w'])")  # "Sunday's attack"
# Any weekday name, as a bare string (no context): in every match of the patterns with _WD.
_ANY_WEEKDAY = hint(_WD)  # searched for as a yes or no only
# "on Saturday night": the night from Saturday to Sunday, so the attack is dated Sunday.
_WD_NIGHT = re.compile(rf"(?P<wd>{_WD})\s+night(?!\s+(?:into|to)\b)")
# For other modules: a weekday named in any of the four languages (a regex source).
WEEKDAY_WORDS = _WD
MONTH_WORDS = _MON  # and a month's name, as one
_NIGHT_WORDS = ("nuit", "night", "ніч", "ночь")
# A clock's time zone: "23:00 Moscow time on Saturday", "07:00 за київським часом".
_ZONE = (
    r"(?:мск|msk|(?:moscow|kyiv|kiev|local)\s+time|heure\s+(?:de\s+(?:moscou|kyiv|kiev)|locale)"
    r"|за\s+(?:московським|київським)\s+часом|по\s+(?:московскому|киевскому)\s+времени)"
)
# Words that make the date that follows them something other than the attack's day.
_NOT_THE_DAY = re.compile(
    r"(?:since|depuis|from|after|until|till|before|avant|après|jusqu'au|set\s+on|record\s+of"
    rf"|з|із|від|с|со|после|до|від|начиная\s+с|\d\d?[:.]\d\d(?:\s+{_ZONE})?"
    # "the energy ministry said on Monday": the day it was said, not the attack's.
    r"|said|says|told|reported|announced|added|wrote|stated"
    r"|(?:a|ont)\s+(?:indiqué|déclaré|annoncé|affirmé|précisé)"
    # "depuis le début de l'invasion à grande échelle en février 2022": when the war began.
    r"|(?:invasion|échelle|guerre|war|вторгнення|вторжения)\s+(?:en|in|у|в))"
    r"\s+(?:(?:the|le|la|ce|on)\s+)?$"
)
# "с 23:00 5 мая до 7:00 6 мая", "с полуночи до 07:00 22 февраля", "between 8:00 and 14:00
# Moscow time on Saturday": the clock that ends a window,
# then its day (unlike "з 18:00 13 січня", where the window starts): the attack's day.
_WINDOW_END = re.compile(
    rf"(?:до|по|to|and|until|till|à|et|jusqu'à)\s+\d\d?[:.]\d\d(?:\s+{_ZONE})?\s+(?:on\s+)?$"
)
# "Une délégation doit se rendre lundi à Istanbul", "talks will resume on Monday": a day to
# come, not the attack's.
_FUTURE_BEFORE = re.compile(
    r"(?:\bwill|\bshall|\bis\s+due\s+to|\bare\s+due\s+to|\bdoi(?:t|vent)|\bdevr(?:a|ait|aient|ont)"
    r"|\bira|\biront|\bnext|\bprochain\w*|\bпланує\w*|\bпланиру\w*|\bнаступн\w+|\bследующ\w+"
    # "Сводку за неделю опубликуем в понедельник": what the source will publish, and when.
    r"|\bопубликуе\w*|\bопублікує\w*|\bpubliera\w*)"
    r"\s+(?:[\w']+\s+){0,2}$"
)
# "повідомили Повітряні сили в понеділок": the verb first, its subject, then the day it spoke.
_SAID_THEN_DAY = re.compile(
    r"(?:повідоми\w*|повідомля\w*|заяви\w*|заявля\w*|сообщи\w*|сообща\w*|сказа\w*)"
    r"(?:\s+[^\s\d.,;:]+){1,3}?\s+(?:в|у|во)\s+$"
)
# "the ministry said on Monday it had downed 74 drones overnight", "a affirmé lundi avoir
# abattu ... pendant la nuit": the day it was said, which "overnight" counts back from.
_SAID_BEFORE = re.compile(
    r"(?:said|says|told|reported|announced|stated"
    r"|(?:a|ont)\s+(?:indiqué|déclaré|annoncé|affirmé|précisé))\s+(?:on\s+)?$"
)
_TODAY = re.compile(
    by_first_letter(
        r"overnight|last\s+night|tonight|during\s+the\s+night|this\s+morning|early\s+today|today"
        r"|cette\s+nuit|la\s+nuit\s+dernière|dans\s+la\s+nuit|au\s+cours\s+de\s+la\s+nuit"
        r"|pendant\s+la\s+nuit|ce\s+matin|aujourd'hui|вночі|уночі|цієї\s+ночі|минулої\s+ночі"
        r"|протягом\s+ночі|за\s+ніч|сьогодні|ночью|за\s+ночь|этой\s+ночью|минувшей\s+ночью|сегодня"
        r"|за\s+минулу\s+ніч|за\s+минувшую\s+ночь|прошедшей\s+ночью|(?:прошедшей|минувшей)\s+ночи"
        r"|за\s+вечер\s+и\s+ночь|за\s+вечір\s+(?:і|та|й)\s+ніч|over\s+the\s+evening\s+and\s+night"
        r"|итоги\s+ночи|підсумки\s+ночі"
    )
)
_TODAY = hint(_TODAY.pattern)  # searched for as a yes or no only
# "A year ago today", "il y a un an aujourd'hui", "рівно рік тому цієї ночі": today's date,
# years back.
_YEARS_AGO = re.compile(
    r"\b(?P<n>a|one|two|three|\d)\s+years?\s+ago\b"
    r"|\bil\s+y\s+a\s+(?:exactement\s+)?(?P<n2>un|deux|trois|\d)\s+ans?\b"
    r"|(?<![\w'])(?P<n3>рік|год|(?:два|дві|три|\d)\s+(?:роки|років|года|лет))\s+(?:тому|назад)\b"
)
_YEARS_AGO_HINTS = ("ago", "il y a", "тому", "назад")
_HOW_MANY_YEARS = {"two": 2, "deux": 2, "два": 2, "дві": 2, "three": 3, "trois": 3, "три": 3}


def _years_back(text: str, published: date) -> date | None:
    """Today's date the years back that "a year ago today" counts, else None."""
    if not any(word in text for word in _YEARS_AGO_HINTS):
        return None
    match = _YEARS_AGO.search(text)
    if match is None:
        return None
    word = (match["n"] or match["n2"] or match["n3"]).split()[0]
    years = int(word) if word.isdigit() else _HOW_MANY_YEARS.get(word, 1)
    try:
        return published.replace(year=published.year - years)
    except ValueError:  # 29 February
        return published.replace(year=published.year - years, day=28)


# The day the sentence named, told again: the day it was said is the attack's too.
_THAT_DAY = re.compile(
    r"\b(?:that|the\s+same)\s+day\b|(?:ce\s+jour-là|le\s+même\s+jour)"
    r"|(?:того\s+же|того\s+самого|того\s+ж|цього\s+ж)\s+дня"
)
# "Cette nuit-là, la Russie avait lancé ...", "той ночью": a night the text named before, not
# the night before publication.
_THAT_NIGHT = re.compile(r"cette\s+nuit-là|той\s+ночью")
# "during the night before last": the night that ended yesterday morning.
_NIGHT_BEFORE_LAST = re.compile(
    r"night\s+before\s+last|avant-dernière\s+nuit|позаминул\w+\s+ноч\w*|позапрошл\w+\s+ноч\w*"
)
# "yesterday afternoon ..., the air force said this morning": the day before, not the night.
_YESTERDAY_DAYTIME = re.compile(
    r"yesterday\s+(?:afternoon|morning)|hier\s+(?:après-midi|matin)|вчора\s+(?:вдень|вранці)"
    r"|вчера\s+(?:днем|утром)"
)


def _night_before_last(text: str) -> bool:
    # (the words first: most sentences name no day at all, and the search tries common letters)
    return (
        "before" in text or "avant-derni" in text or "позаминул" in text or "позапрошл" in text
    ) and _NIGHT_BEFORE_LAST.search(text) is not None


def _yesterday_daytime(text: str) -> bool:
    return (
        "yesterday" in text or "hier" in text or "вчора" in text or "вчера" in text
    ) and _YESTERDAY_DAYTIME.search(text) is not None


_YESTERDAY = re.compile(
    # (not "à la veille de Noël", "la veille des fêtes": the eve of a feast, not a day back)
    by_first_letter(
        r"yesterday|\bhier\b|вчора|учора|вчера"
        # (nor "накануне Рождества", "напередодні свят": on the eve of a feast or an event)
        r"|(?:накануне|напередодні)(?!\s+(?:праздник|свят|нов\w+\s+(?:года|року)|рождеств|різдв"
        r"|пасх|великодн|годовщин|річниц|визит|візит|переговор|саммит|саміт|встреч|зустріч"
        r"|выбор|вибор|дня\s))"
        r"|la\s+veille(?!\s+(?:(?:de|des|du)(?![\w'])|d'))"
    )
)
_YESTERDAY = hint(_YESTERDAY.pattern)  # searched for as a yes or no only
# "KYIV, Sept 29 (Reuters) -", "MOSCOW, December 31. /TASS/.": the day it was filed, not the
# attack's ("... after a Russian attack on Sunday").
_DATELINE = re.compile(
    rf"^\s*[^\W\d][\w .'-]{{1,30}},\s+(?:{_MON}\s+{_DAY}|{_DAY}\s+{_MON})\.?(?:,?\s+20\d\d)?"
    r"\s*(?:\(|/|[-–—])"
)
DATELINE = _DATELINE  # (the reader skips it too: its day is no figure of the attack)

_KYIV: tzinfo | None
try:  # The attack's day is Kyiv's day; without tzdata, fall back to a fixed UTC+3.
    from zoneinfo import ZoneInfo

    _KYIV = ZoneInfo("Europe/Kyiv")
except Exception:  # noqa: BLE001 - any failure to load tz data means the fallback
    _KYIV = None


# "from Monday to Saturday", "du lundi au samedi", "з понеділка по суботу": a span of days.
# (From the first weekday, a fast start; the word before it is checked in code.)
_WEEKDAY_SPAN = re.compile(
    rf"(?P<first>{_WD})\s+(?:to|through|until|au|à|по|до)\s+(?P<last>{_WD})(?![\w'])"
)
_SPAN_STARTS = ("from ", "du ", "de ", "з ", "із ", "від ", "с ", "со ", "от ")


def weekday_span(text: str) -> int:
    """How many days a span of weekdays in the text covers past its first ("du lundi au
    samedi" is 5; "du samedi au dimanche", a night, is 1); 0 when it names none."""
    if not _ANY_WEEKDAY.search(text):
        return 0
    longest = 0
    for match in _WEEKDAY_SPAN.finditer(text):
        start = match.start()
        head = text[max(0, start - 8) : start]
        if not head.endswith(_SPAN_STARTS):
            continue
        at = start - len(head.split()[-1]) - 1  # where "from", "du", "з" starts
        if at > 0 and (text[at - 1].isalnum() or text[at - 1] == "'"):
            continue  # the end of a longer word
        first, last = _WEEKDAYS[match.group("first")], _WEEKDAYS[match.group("last")]
        longest = max(longest, (last - first) % 7)
    return longest


@lru_cache(maxsize=4096)
def parse_published(published: str | None) -> date | None:
    """The local (Kyiv) day of a publication time: '2025-07-04', '2025-07-03T23:30:00Z'."""
    if not published:
        return None
    text = published.strip()
    try:
        if len(text) <= 10:
            return date.fromisoformat(text)
        moment = datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        try:
            return date.fromisoformat(text[:10])
        except ValueError:
            return None
    if moment.tzinfo is None:
        return moment.date()
    if _KYIV is not None:
        return moment.astimezone(_KYIV).date()
    return (moment + timedelta(hours=3) - moment.utcoffset()).date()  # type: ignore[operator]


def _day_number(text: str) -> int:
    return int(re.match(r"\d+", text).group(0))  # type: ignore[union-attr]


def _month_number(text: str) -> int:
    return _MONTHS[text.rstrip(".")]


def _build(day: int, month: int | None, year: int | None, published: date | None) -> date | None:
    if month is None:
        # "dans la nuit du 3 au 4": the month of publication, or the one before it.
        if published is None:
            return None
        month, year = published.month, published.year
        if day > published.day:
            month -= 1
            if month == 0:
                month, year = 12, year - 1
    elif year is None:
        if published is None:
            return None  # a day and month but no year to put them in
        year = published.year - (1 if month > published.month else 0)
    try:
        return date(year, month, day)
    except ValueError:
        return None


# "В 2025 году ... пришлась на ночь на 11 марта", "In 2025, ... on March 11": the year that
# opens the sentence, for a day and month without their own.
_IN_YEAR = re.compile(
    r"\W*(?:in|en|в|у)\s+(?P<year>20\d\d)(?:\s+(?:году|році|г\.|р\.))?(?![\w/-]|[.,]\d)"
)


def _from_match(match: re.Match[str], published: date | None) -> date | None:
    groups = match.groupdict()
    month = _month_number(groups["month"]) if groups.get("month") else None
    year = int(groups["year"]) if groups.get("year") else None
    if year is None and month is not None and (said := _IN_YEAR.match(match.string)):
        year = int(said["year"])
    return _build(_day_number(groups["day"]), month, year, published)


def _weekday_before(weekday: int, published: date | None) -> date | None:
    if published is None:
        return None
    return published - timedelta(days=(published.weekday() - weekday) % 7)


def _is_attack_day(text: str, match: re.Match[str]) -> bool:
    start = match.start()
    if start and (text[start - 1].isalnum() or text[start - 1] in "'.,:/-"):
        return False  # inside a word or a number ("kh-101", "18:00")
    if match.group(0).endswith("'s"):
        return True  # "the damage from Sunday's attack"
    # (40 characters back: a clock and its time zone, "23:00 по московскому времени")
    if _NOT_THE_DAY.search(text[max(0, start - 40) : start]) and not _WINDOW_END.search(
        text, max(0, start - 40), start
    ):
        return False
    if _FUTURE_BEFORE.search(text, max(0, start - 30), start):
        return False
    return not (
        text.endswith((" в ", " у ", " во "), 0, start)
        and _SAID_THEN_DAY.search(text, max(0, start - 60), start)
    )


def _named_days(
    pattern: re.Pattern[str], text: str, published: date | None
) -> Iterator[tuple[date, bool]]:
    """The days a pattern finds (not inside a word or a number), each with whether it may be
    the attack's day (not "since 24 February")."""
    for match in pattern.finditer(text):
        start = match.start()
        if start and (text[start - 1].isalnum() or text[start - 1] in "'.,:/-"):
            continue
        found = _from_match(match, published)
        if found is not None:
            yield found, _is_attack_day(text, match)


def _explicit_day(text: str, published: date | None) -> date | None:
    for pattern in (_EXPLICIT_DM, _EXPLICIT_MD):
        for day, attack_day in _named_days(pattern, text, published):
            if attack_day:
                return day
    return None


def find_date(text: str, published: date | None) -> date | None:
    """The attack day a sentence names, or None when it names none (or it cannot be placed).

    `text` is lowercase with apostrophes unified. Order of trust: an explicit night
    ("nuit du 3 au 4 juillet"), a night to a weekday, a day and month, a weekday, then words
    meaning "the night before publication" ("overnight", "за ночь").
    """
    if "," in text[:40]:
        dateline = _DATELINE.match(text)
        if dateline:
            text = " " * dateline.end() + text[dateline.end() :]
    weekday: bool | None = None  # whether the text names a weekday, once asked
    if "nuit" in text or "night" in text or "ніч" in text or "ночь" in text:  # _NIGHT_WORDS
        for pattern in (_NIGHT_RANGE, _NIGHT_ON, _NIGHT_RANGE_EN):
            match = pattern.search(text)
            if match:
                found = _from_match(match, published)
                if found:
                    return found
        # Both patterns below end in a weekday: one scan for any weekday spares the two.
        weekday = _ANY_WEEKDAY.search(text) is not None
        match = _NIGHT_WD.search(text) if weekday else None
        if match:
            # "Le 9 juillet, ... dans la nuit de mardi à mercredi": the weekday before that day.
            anchor = _explicit_day(text, published) or published
            return _weekday_before(_WEEKDAYS[match.group("wd")], anchor)
        match = _WD_NIGHT.search(text) if weekday else None
        if match and _is_attack_day(text, match):
            before = _weekday_before(_WEEKDAYS[match.group("wd")], published)
            return before + timedelta(days=1) if before else None
    if ":" in text or "." in text or "pm " in text:  # ("between 8pm and 11pm": no colon)
        evening = _EVENING_WINDOW.search(text)
        if evening:
            groups = evening.groupdict()
            day, month = groups["day"] or groups["day2"], groups["month"] or groups["month2"]
            if groups["wd"]:  # "between 8 p.m. and 11 p.m. on Saturday": Saturday's evening
                found = _weekday_before(_WEEKDAYS[groups["wd"]], published)
            else:
                found = _build(_day_number(day), _month_number(month), None, published)
            if found:
                return found + timedelta(days=1)
    named: list[date] = []  # every day and month named, for a window over two days
    first: date | None = None
    # A day and month need a digit: most sentences without one skip both scans.
    for pattern in (_EXPLICIT_DM, _EXPLICIT_MD) if _DIGIT.search(text) else ():
        if pattern is _EXPLICIT_MD and not _EXPLICIT_MD_HINT.search(text):
            continue
        for day, attack_day in _named_days(pattern, text, published):
            named.append(day)
            if first is None and attack_day:
                first = day
        if first is not None and len(named) == 1:
            return first
    # "from 20:00 on December 30 to 07:00 on December 31": the night ended on the 31st.
    if len(named) >= 2 and (max(named) - min(named)).days == 1:
        return max(named)
    if first is not None:
        return first
    if len(named) == 1 and _THAT_DAY.search(text):
        return named[0]  # "said on June 13 that ... between 3 p.m. and 9 p.m. that day"
    between = _WD_BETWEEN.search(text) if "entre" in text or "between" in text else None
    if between:
        return _weekday_before(_WEEKDAYS[between.group("wd")], published)
    if weekday is None:
        weekday = _ANY_WEEKDAY.search(text) is not None
    said_on: date | None = None  # the day the source spoke, if a weekday says it
    for match in _WEEKDAY.finditer(text) if weekday else ():
        if _is_attack_day(text, match):
            # "from 8 p.m. on Friday to 7 a.m. on Saturday": the attack ended on Saturday.
            until = _WD_RANGE.match(text, match.start())
            day = _weekday_before(_WEEKDAYS[(until or match).group("wd")], published)
            if until is None and day is not None and _evening_then_night(text, match):
                return day + timedelta(days=1)
            return day
        if said_on is None and _SAID_BEFORE.search(text, max(0, match.start() - 20), match.start()):
            said_on = _weekday_before(_WEEKDAYS[match.group("wd")], published)
    if said_on is not None and _TODAY.search(text):
        return said_on  # "said on Monday ... overnight", told a day on: the night to Monday
    if published is not None:
        if _night_before_last(text) or _yesterday_daytime(text):
            return published - timedelta(days=1)
        if _TODAY.search(text) and not (
            ("-là" in text or "той" in text) and _THAT_NIGHT.search(text)
        ):
            return _years_back(text, published) or published
        if _YESTERDAY.search(text):
            return published - timedelta(days=1)
    return None


_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "´": "'", "\u00a0": " "})


def attack_date(text: str, published: str | None = None) -> str | None:
    """The attack day of a report as YYYY-MM-DD: named in the text, else the publication day."""
    pub = parse_published(published)
    found = find_date(text.lower().translate(_APOSTROPHES), pub)
    if found is None:
        found = pub
    return found.isoformat() if found else None
