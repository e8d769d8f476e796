"""Language detection over the labelled corpus: never wrong, silent only on short texts."""

from __future__ import annotations

import json
from pathlib import Path

from monitor import language
from monitor.language import detect_language

CORPUS = Path(__file__).parent / "corpus" / "reports.jsonl"


def test_the_corpus_languages_are_detected_and_never_mistaken():
    texts = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    detected = [(t, detect_language(t["text"])) for t in texts]
    wrong = [(t["id"], t["lang"], lang) for t, lang in detected if lang and lang != t["lang"]]
    assert wrong == []
    long_unknown = [t["id"] for t, lang in detected if lang is None and len(t["text"]) >= 200]
    assert long_unknown == []
    assert sum(lang is None for _, lang in detected) <= len(texts) * 0.02


def test_ukrainian_and_russian_are_told_apart():
    ukrainian = "Сили протиповітряної оборони збили 48 ворожих безпілотників над областями."
    russian = "Средства противовоздушной обороны перехватили и уничтожили 48 беспилотников."
    assert detect_language(ukrainian) == "uk"
    assert detect_language(russian) == "ru"


def test_too_short_or_empty_text_has_no_language():
    assert detect_language("") is None
    assert detect_language("Увага! Загроза") is None
    assert detect_language("12:40 — 1 200") is None


# Written for this test: the kind of sentence other outlets on the war publish.
OTHER_LANGUAGES = {
    "de": "In der Nacht griff Russland die Ukraine mit Drohnen und Raketen an. Die Luftwaffe "
    "teilte mit, die meisten Drohnen seien abgeschossen worden, in Kiew brannten zwei Häuser.",
    "pl": "W nocy Rosja zaatakowała Ukrainę dronami i rakietami. Ukraińskie siły powietrzne "
    "poinformowały, że większość dronów została zestrzelona, a w Kijowie wybuchły pożary.",
    "es": "Rusia atacó Ucrania durante la noche con drones y misiles. La fuerza aérea ucraniana "
    "informó de que la mayoría de los drones fueron derribados y hubo incendios en Kiev.",
    "it": "Nella notte la Russia ha attaccato l'Ucraina con droni e missili. L'aeronautica "
    "ucraina ha riferito che la maggior parte dei droni è stata abbattuta sopra Kiev.",
    "pt": "A Rússia atacou a Ucrânia durante a noite com drones e mísseis. A força aérea "
    "ucraniana informou que a maioria dos drones foi abatida e houve incêndios em Kiev.",
    "nl": "Rusland heeft Oekraïne 's nachts aangevallen met drones en raketten. De Oekraïense "
    "luchtmacht meldde dat de meeste drones werden neergeschoten boven de hoofdstad.",
    "cs": "Rusko v noci zaútočilo na Ukrajinu drony a raketami. Ukrajinské letectvo uvedlo, "
    "že většina dronů byla sestřelena a v Kyjevě vypukly požáry obytných domů.",
    "ro": "Rusia a atacat Ucraina în timpul nopții cu drone și rachete. Forțele aeriene "
    "ucrainene au transmis că majoritatea dronelor au fost doborâte deasupra capitalei.",
    "be": "Уначы Расія атакавала Украіну беспілотнікамі і ракетамі. Паветраныя сілы Украіны "
    "паведамілі, што большасць беспілотнікаў была збіта, у Кіеве ўзніклі пажары.",
    "tr": "Rusya gece boyunca Ukrayna'ya insansız hava araçları ve füzelerle saldırdı. "
    "Ukrayna hava kuvvetleri, dronların çoğunun düşürüldüğünü açıkladı.",
}


def test_the_languages_of_other_outlets_are_told_apart():
    detected = {code: detect_language(text) for code, text in OTHER_LANGUAGES.items()}
    assert detected == {code: code for code in OTHER_LANGUAGES}


def test_a_language_outside_the_kept_set_gets_no_language_rather_than_a_wrong_one():
    # Esperanto is not among LANGUAGES: the closest kept language scores under MIN_CONFIDENCE.
    esperanto = (
        "Dum la nokto Rusio atakis Ukrainion per virabeloj kaj misiloj. La ukraina aerarmeo "
        "raportis, ke la plimulto de la virabeloj estis pafita malsupren super la ĉefurbo."
    )
    assert detect_language(esperanto) is None


def test_reading_the_opening_alone_changes_no_answer(monkeypatch):
    texts = [json.loads(line)["text"] for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    quick = [detect_language(text) for text in texts]
    monkeypatch.setattr(language, "QUICK_CHARS", 0)  # every text read to SAMPLE_CHARS
    assert quick == [detect_language(text) for text in texts]
