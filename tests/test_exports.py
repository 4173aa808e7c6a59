"""Analyst exports (ACLED CSV, PLOVER JSONL, GeoJSON, flat CSV, langextract JSONL) of real summaries.

One real batch runs once for the module: four dev articles (the source article and the Harem market
strike in Arabic, the Las Vegas concert shooting and the Costa Rica plane crash in English) and one
bad JSONL line, through the whole pipeline against the loopback scripted model. The scripted model
answers each article's extraction with spans of that article and each English phrase's Arabic
rendering from a table; everything after that (grounding, gazetteer, classification, casualty rules,
composition) is the real code. Then ``summarizer export`` writes every format and each is checked
against its own rules.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from fake_model import GOOD_EXTRACTION, answer, render, schema_name
from jsonschema import Draft202012Validator
from scripted_server import ScriptedServer, Step, completion

from summarizer import exports
from summarizer.batch import read_inputs, summarize_many
from summarizer.cli import EXPORT_FORMATS, main
from summarizer.schema import IncidentSummary
from summarizer.transport import resolve_backend

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "evals" / "fixtures"
SCHEMAS = ROOT / "schemas"

HAREM = {
    "event": "غارات استهدفت سوقا للخضار",
    "time": "الخميس",
    "places": [{"name": "بلدة حارم", "role": "site"}, {"name": "محافظة إدلب", "role": "area"}],
    "perpetrator": "طائرات روسية",
    "target": "سوقا للخضار",
    "weapon": "غارات",
    "killed": "قتل 35 مدنيا",
    "injured": "أكثر من 50 جريجا",  # the article's typo (جريجا): the real grounding drops it
    "sources": [{"name": "المرصد السوري لحقوق الإنسان", "kind": "organisation", "claim": None}],
    "uncertainties": [],
    "background": ["مقتل 20 مدنيا، بينهم 16 طفلا، في غارة نفذتها طائرات لم يعرف ما إذا كانت سورية أو روسية"],
}
VEGAS = {
    "event": "a gunman opened fire on an outdoor music festival",
    "time": "on Sunday night",
    "places": [{"name": "Las Vegas", "role": "site"}],
    "perpetrator": "Stephen Paddock",
    "target": "an outdoor music festival",
    "weapon": "automatic assault weapons",
    "killed": "58 killed",
    "injured": "515 injured",
    "sources": [],
    "uncertainties": [],
    "background": ["The June 2016 mass shooting at the Pulse nightclub in Orlando, Florida left 49 dead"],
}
COSTA_RICA = {
    "event": "A small plane crash Sunday in northwest Costa Rica killed 12 people",
    "time": "Sunday",
    "places": [{"name": "Costa Rica", "role": "site"}],
    "perpetrator": None,
    "target": None,
    "weapon": None,
    "killed": "killed 12 people",
    "injured": None,
    "sources": [],
    "uncertainties": [],
    "background": [],
}
EXTRACTIONS = [GOOD_EXTRACTION, HAREM, VEGAS, COSTA_RICA]
# A translator's Arabic for the English spans; a phrase not here gets an answer the checks reject.
ARABIC = {
    VEGAS["event"]: "مسلح فتح النار على مهرجان موسيقي في الهواء الطلق",
    "Stephen Paddock": "ستيفن بادوك",
    "an outdoor music festival": "مهرجان موسيقي في الهواء الطلق",
    "automatic assault weapons": "أسلحة هجومية آلية",
    "on Sunday night": "ليلة الأحد",
    VEGAS["background"][
        0
    ]: "إطلاق النار الجماعي في يونيو 2016 في ملهى بالس الليلي في أورلاندو بفلوريدا أسفر عن 49 قتيلا",
    COSTA_RICA["event"]: "تحطم طائرة صغيرة يوم الأحد في شمال غرب كوستا ريكا أدى إلى مقتل 12 شخصا",
    "killed 12 people": "مقتل 12 شخصا",
}
ARTICLES = {
    "deir-ez-zor": ("deir-ez-zor-drone-strike", "2026-11-24"),
    "harem": ("harem-market-airstrike", "2018-03-22"),
    "las-vegas": ("en-las-vegas-concert-shooting", None),
    "costa-rica": ("en-costa-rica-plane-crash", "2017-12-31"),
}
LANGEXTRACT_FIELDS = {  # google/langextract core/data.py Extraction, as data_lib writes and reads it
    "extraction_class",
    "extraction_text",
    "char_interval",
    "alignment_status",
    "extraction_index",
    "group_index",
    "description",
    "attributes",
    "token_interval",
}


# A translator's English for a long Arabic span (the shared fake translator's gloss says too little of it)
ENGLISH = {
    HAREM["background"][0]: (
        "20 civilians, including 16 children, were killed in an air strike carried out by aircraft that were not"
        " known to be Syrian or Russian"
    ),
}


def respond(body: dict, n: int) -> Step:
    """The extraction of whichever article is asked about; renderings into English by the shared fake
    translator (the table first), into Arabic from the table."""
    first_user = next(m["content"] for m in body["messages"] if m["role"] == "user")
    if schema_name(body).startswith("Rendering_en_"):
        spans = [line.split(". ", 1)[1] for line in first_user.splitlines() if ". " in line]
        if any(span in ENGLISH for span in spans):
            items = [ENGLISH.get(span) or render(span) for span in spans]
            return Step(200, completion(json.dumps({"items": items}, ensure_ascii=False)))
        return answer(body)
    if schema_name(body).startswith("Rendering_ar_"):
        spans = [line.split(". ", 1)[1] for line in first_user.splitlines() if ". " in line]
        items = [ARABIC.get(span, "غير معروف") for span in spans]
        return Step(200, completion(json.dumps({"items": items}, ensure_ascii=False)))
    extraction = next(e for e in EXTRACTIONS if e["event"] in first_user)
    return Step(200, completion(json.dumps(extraction, ensure_ascii=False)))


def backend(server: ScriptedServer):
    # One validation attempt: the first answer stands and what does not verify is dropped, reported.
    return resolve_backend(server.base_url, "scripted", "k", backoff_base_s=0.01, timeout_s=5.0, validation_attempts=1)


def article(item_id: str) -> str:
    return (FIXTURES / ARTICLES[item_id][0] / "article.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """A real batch run: feed.jsonl (four articles and a line without text) -> results.jsonl."""
    folder = tmp_path_factory.mktemp("exports")
    rows = [
        {"id": item_id, "text": article(item_id), **({"published": published} if published else {})}
        for item_id, (_, published) in ARTICLES.items()
    ]
    feed = folder / "feed.jsonl"
    feed.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in [*rows, {"id": "no-text"}]), "utf-8")
    results = folder / "results.jsonl"
    with ScriptedServer(responder=respond) as server:
        report = summarize_many(read_inputs([str(feed)]), results, backend=backend(server), progress=False)
    assert report.done == 4 and report.failed == 1, report.summary_line()
    lines = [json.loads(line) for line in results.read_text(encoding="utf-8").splitlines()]
    summaries = {r["id"]: IncidentSummary.model_validate(r["summary"]) for r in lines if r["status"] == "ok"}
    return {"folder": folder, "feed": feed, "results": results, "summaries": summaries}


def export(batch: dict, fmt: str, capsys: pytest.CaptureFixture, *extra: str) -> tuple[int, Path, str]:
    out = batch["folder"] / f"out.{fmt}"
    code = main(["export", str(batch["results"]), "--to", fmt, "-o", str(out), *extra])
    return code, out, capsys.readouterr().err


def read_csv(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 byte-order mark, for Excel"
    reader = csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline=""))
    return list(reader.fieldnames or []), list(reader)


def test_the_batch_made_real_summaries(batch: dict) -> None:
    s = batch["summaries"]
    assert set(s) == set(ARTICLES)
    assert s["harem"].incident.casualties.killed.count == 35
    assert s["las-vegas"].incident.classification.acled_event_type.value == "Violence against civilians"
    assert s["costa-rica"].incident.classification.acled_event_type.value == "Not an ACLED event"
    assert s["deir-ez-zor"].incident.casualties.killed.qualifier.value == "unknown"
    # "أكثر من 50 جريجا": a typist's slipped dot, still a count of the injured
    harem = s["harem"].incident.casualties.injured
    assert (harem.count, harem.qualifier.value) == (50, "at_least"), harem


def test_acled_csv_has_the_codebook_columns_and_a_bom(batch: dict, capsys: pytest.CaptureFixture) -> None:
    code, out, err = export(batch, "acled-csv", capsys)
    assert code == 0
    assert err.strip() == f"summarizer: 1 failed line(s) of {batch['results']} skipped"
    columns, rows = read_csv(out)
    assert columns == [
        "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type", "actor1",
        "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
        "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
        "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
    ]  # fmt: skip
    assert len(rows) == 4, "one row per summary; the failed line is skipped"
    assert not any(v in ("None", "null", "nan") for row in rows for v in row.values()), "empty means empty"
    for row in rows:  # columns no article supports stay empty
        assert row["region"] == row["admin2"] == row["admin3"] == row["source_scale"] == row["timestamp"] == ""


def test_acled_rows_follow_the_codebook(batch: dict, capsys: pytest.CaptureFixture) -> None:
    _, out, _ = export(batch, "acled-csv", capsys)
    rows = {next(t[3:] for t in r["tags"].split("; ") if t.startswith("id=")): r for r in read_csv(out)[1]}
    s = batch["summaries"]

    deir = rows["deir-ez-zor"]
    assert (deir["event_date"], deir["year"], deir["time_precision"]) == ("2026-11-24", "2026", "1")
    assert deir["disorder_type"] == "Political violence"
    assert (deir["event_type"], deir["sub_event_type"]) == ("Explosions/Remote violence", "Air/drone strike")
    assert deir["actor1"] == "Unidentified Armed Group (Syria)" and deir["inter1"] == "3"
    assert deir["actor2"] == s["deir-ez-zor"].incident.actors[1].name.en and deir["civilian_targeting"] == ""
    assert (deir["iso"], deir["country"]) == ("760", "Syria")
    site = s["deir-ez-zor"].incident.where[0]
    assert (deir["location"], float(deir["latitude"]), float(deir["longitude"])) == (
        site.name.en,
        site.latitude,
        site.longitude,
    )
    assert deir["source"] == "Amjad Al-Sari" and deir["notes"] == s["deir-ez-zor"].summary.en
    assert deir["fatalities"] == "0" and "fatalities unknown" in deir["tags"].split("; "), "0 is said to be unknown"

    harem = rows["harem"]
    assert harem["fatalities"] == "35" and "fatalities unknown" not in harem["tags"]
    assert harem["civilian_targeting"] == "Civilian targeting", "a vegetable market is civilians"
    assert (harem["actor2"], harem["inter2"]) == ("Civilians (Syria)", "7")
    assert harem["actor1"] == s["harem"].incident.actors[0].name.en and harem["inter1"] == ""
    assert harem["admin1"] == "Idlib" and harem["event_date"] == "2018-03-22"

    vegas = rows["las-vegas"]
    assert vegas["civilian_targeting"] == "Civilian targeting", "violence against civilians always is"
    assert (vegas["actor1"], vegas["actor2"]) == ("Stephen Paddock", "Civilians (United States)")
    assert vegas["event_date"] == vegas["year"] == vegas["time_precision"] == "" and "date unknown" in vegas["tags"]
    assert (vegas["iso"], vegas["fatalities"]) == ("840", "58")

    crash = rows["costa-rica"]
    assert crash["event_type"] == crash["sub_event_type"] == crash["disorder_type"] == ""
    assert any(t.startswith("not an ACLED event") for t in crash["tags"].split("; "))
    assert (crash["fatalities"], crash["iso"], crash["country"]) == ("12", "188", "Costa Rica")
    assert crash["location"] == "Costa Rica" and crash["latitude"] == crash["longitude"] == ""


def test_acled_fatalities_never_silently_zero(batch: dict) -> None:
    base = batch["summaries"]["deir-ez-zor"].model_dump(mode="json")
    uncertainty = base["uncertainties"][0]["evidence"]  # "not yet known whether there were deaths"

    def with_killed(killed: dict) -> dict:
        data = json.loads(json.dumps(base))
        data["incident"]["casualties"]["killed"] = killed
        return exports.to_acled(IncidentSummary.model_validate(data), "x")

    reported = with_killed({"count": None, "qualifier": "reported_unspecified", "evidence": uncertainty})
    assert reported["fatalities"] == 0 and "fatalities unknown (deaths reported without a number)" in reported["tags"]
    about = with_killed({"count": 20, "qualifier": "approximately", "evidence": uncertainty})
    assert about["fatalities"] == 20 and "fatalities approximate" in about["tags"]
    assert "fatalities unknown" not in about["tags"]


def test_acled_location_falls_back_to_a_located_area(batch: dict) -> None:
    data = batch["summaries"]["deir-ez-zor"].model_dump(mode="json")
    site = data["incident"]["where"][0]
    site["latitude"] = site["longitude"] = site["geonames_id"] = None  # a site the gazetteer does not know
    row = exports.to_acled(IncidentSummary.model_validate(data), "x")
    area = batch["summaries"]["deir-ez-zor"].incident.where[1]
    assert (row["location"], row["latitude"], row["longitude"]) == (area.name.en, area.latitude, area.longitude)
    assert row["geo_precision"] == 2 and "site not located: area coordinates" in row["tags"], "near the area"


def test_civilian_targeting_needs_civilians_and_no_armed_actor(batch: dict) -> None:
    data = batch["summaries"]["harem"].model_dump(mode="json")
    target = next(a for a in data["incident"]["actors"] if a["role"] == "target")
    target["name"] = {"ar": "حاجز للجيش قرب السوق", "en": "an army checkpoint near the market"}
    row = exports.to_acled(IncidentSummary.model_validate(data), "x")
    assert row["civilian_targeting"] is None and row["inter2"] is None
    assert row["actor2"] == "an army checkpoint near the market"


def test_plover_lines_validate_against_the_schema(batch: dict, capsys: pytest.CaptureFixture) -> None:
    code, out, _ = export(batch, "plover-jsonl", capsys)
    assert code == 0
    schema = json.loads((SCHEMAS / "plover_event.schema.json").read_text(encoding="utf-8"))
    validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    records = {r["id"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert set(records) == set(ARTICLES)
    for item_id, record in records.items():
        errors = [f"{list(e.path)}: {e.message}" for e in validator.iter_errors(record)]
        assert not errors, (item_id, errors)
        text = article(item_id)
        for span in record["text_info"]["evidence"]:
            assert text[span["start"] : span["end"]] == span["text"], (item_id, span)
        assert record["cite_info"]["language"] == batch["summaries"][item_id].source_language
    assert records["deir-ez-zor"]["event"] == ["ASSAULT"] and records["deir-ez-zor"]["mode"] == ["drone"]
    assert records["deir-ez-zor"]["event_size"]["dead"] is None, "no figure is not zero"
    assert records["deir-ez-zor"]["event_loc"]["country_code"] == "SYR"
    assert records["harem"]["event_size"]["dead"] == 35 and records["harem"]["date"] == "2018-03-22"
    assert records["costa-rica"]["event"] == [] and records["costa-rica"]["has_event"] is False
    assert records["costa-rica"]["context"] == ["disasters"]
    assert records["las-vegas"]["actor"][0]["entity_text"] == "Stephen Paddock"


def test_geojson_validates_and_puts_longitude_first(batch: dict, capsys: pytest.CaptureFixture) -> None:
    code, out, _ = export(batch, "geojson", capsys)
    assert code == 0
    collection = json.loads(out.read_text(encoding="utf-8"))
    schema = json.loads((SCHEMAS / "geojson_points.schema.json").read_text(encoding="utf-8"))
    errors = [f"{list(e.path)}: {e.message}" for e in Draft202012Validator(schema).iter_errors(collection)]
    assert not errors, errors
    located = [
        (i, n) for i, s in batch["summaries"].items() for n, p in enumerate(s.incident.where) if p.latitude is not None
    ]
    assert [f["id"] for f in collection["features"]] == [f"{i}/where/{n}" for i, n in located]
    for feature in collection["features"]:
        item_id, _, n = feature["id"].split("/")
        place = batch["summaries"][item_id].incident.where[int(n)]
        assert feature["geometry"]["coordinates"] == [place.longitude, place.latitude], "RFC 7946: [lon, lat]"
        assert feature["properties"]["name_ar"] == place.name.ar and feature["properties"]["id"] == item_id
    vegas = next(f for f in collection["features"] if f["properties"]["id"] == "las-vegas")
    lon, lat = vegas["geometry"]["coordinates"]
    assert -116 < lon < -114 and 35 < lat < 37, "Las Vegas is at 36.2 N, 115.1 W"
    deir = next(f for f in collection["features"] if f["properties"]["id"] == "deir-ez-zor")
    assert deir["properties"]["fatalities"] is None, "no figure is null, not 0"


def test_flat_csv_round_trips_arabic(batch: dict, capsys: pytest.CaptureFixture) -> None:
    code, out, _ = export(batch, "csv", capsys)
    assert code == 0
    columns, rows = read_csv(out)
    assert columns == list(exports.FLAT_COLUMNS) and [r["id"] for r in rows] == list(ARTICLES)
    for row in rows:
        s = batch["summaries"][row["id"]]
        assert (row["headline_ar"], row["summary_ar"]) == (s.headline.ar, s.summary.ar), "Arabic survives csv"
        assert row["places_ar"] == "; ".join(p.name.ar for p in s.incident.where)
        assert row["killed"] == (
            "" if s.incident.casualties.killed.count is None else str(s.incident.casualties.killed.count)
        )
        assert "None" not in row.values()
    assert rows[0]["killed"] == "" and rows[0]["killed_qualifier"] == "unknown"


def test_langextract_documents_point_into_their_text(batch: dict, capsys: pytest.CaptureFixture) -> None:
    code, out, err = export(batch, "langextract-jsonl", capsys, "--inputs", str(batch["feed"]))
    assert code == 0 and "without their article" not in err
    documents = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [d["document_id"] for d in documents] == list(ARTICLES)
    for doc in documents:
        assert doc["text"] == article(doc["document_id"])
        assert doc["extractions"], doc["document_id"]
        for ex in doc["extractions"]:
            assert set(ex) <= LANGEXTRACT_FIELDS
            interval = ex["char_interval"]
            assert doc["text"][interval["start_pos"] : interval["end_pos"]] == ex["extraction_text"]
            assert ex["alignment_status"] == "match_exact"
            assert all(isinstance(v, (str, list)) for v in ex["attributes"].values())
    classes = {ex["extraction_class"] for d in documents for ex in d["extractions"]}
    assert {"event", "time", "place", "perpetrator", "target", "killed", "source", "related_event"} <= classes


def test_langextract_without_or_with_wrong_inputs(batch: dict, capsys: pytest.CaptureFixture, tmp_path: Path) -> None:
    code, out, err = export(batch, "langextract-jsonl", capsys)
    assert code == 0 and "4 document(s) without their article" in err
    assert all(json.loads(line)["text"] is None for line in out.read_text(encoding="utf-8").splitlines())
    wrong = tmp_path / "wrong.jsonl"  # the id "harem" with another article's text
    wrong.write_text(json.dumps({"id": "harem", "text": article("deir-ez-zor")}, ensure_ascii=False) + "\n", "utf-8")
    code, _, err = export(batch, "langextract-jsonl", capsys, "--inputs", str(wrong))
    assert code == 2 and len(err.strip().splitlines()) == 1 and "is not the one summarised" in err


def test_export_to_stdout(batch: dict, capsys: pytest.CaptureFixture) -> None:
    assert main(["export", str(batch["results"]), "--to", "csv"]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("\ufeffid,status,")
    assert main(["export", str(batch["results"]), "--to", "plover-jsonl"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 4


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (None, "no such file"),
        (b"not json\n", "line 1 is not JSON"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (b'{"id": "a", "text": "an input line, not a result"}\n', "line 1 is not a batch result"),
        ("bad summary", "is invalid at"),
        ("directory", "is a directory"),
    ],
)
def test_a_bad_results_file_is_one_line_and_exit_2(
    batch: dict, capsys: pytest.CaptureFixture, tmp_path: Path, content: bytes | str | None, says: str
) -> None:
    path = tmp_path / "results.jsonl"
    if content == "bad summary":
        line = json.loads(batch["results"].read_text(encoding="utf-8").splitlines()[0])
        line["summary"]["source_language"] = "fr"
        path.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    elif content == "directory":
        path.mkdir()
    elif content is not None:
        path.write_bytes(content)
    assert main(["export", str(path), "--to", "acled-csv", "-o", str(tmp_path / "out.csv")]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and err.startswith("summarizer: ") and says in err, err
    assert not (tmp_path / "out.csv").exists()


def test_export_never_overwrites_its_input(batch: dict, capsys: pytest.CaptureFixture) -> None:
    before = batch["results"].read_bytes()
    assert main(["export", str(batch["results"]), "--to", "csv", "-o", str(batch["results"])]) == 2
    assert "would overwrite" in capsys.readouterr().err and batch["results"].read_bytes() == before


def test_summarize_writes_export_formats(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    source = FIXTURES / "deir-ez-zor-drone-strike" / "article.txt"
    with ScriptedServer(responder=respond) as server:
        remote = ["--base-url", server.base_url, "--model", "scripted", "--api-key", "k"]
        out = tmp_path / "one.jsonl"
        args = ["summarize", str(source), "--published", "2026-11-24", "--format", "langextract-jsonl", "-o", str(out)]
        assert main([*args, *remote]) == 0
        assert main(["summarize", str(source), "--format", "acled-csv", *remote]) == 0
    (doc,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert doc["document_id"] == "article.txt" and doc["text"] == source.read_text(encoding="utf-8")
    for ex in doc["extractions"]:
        assert doc["text"][ex["char_interval"]["start_pos"] : ex["char_interval"]["end_pos"]] == ex["extraction_text"]
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out.lstrip("\ufeff"))))
    assert len(rows) == 1 and rows[0]["actor1"] == "Unidentified Armed Group (Syria)" and rows[0]["event_date"] == ""


def test_api_returns_plain_records(batch: dict) -> None:
    import summarizer

    s = batch["summaries"]["harem"]
    assert summarizer.to_acled is exports.to_acled and summarizer.to_flat is exports.to_flat
    for record in (
        summarizer.to_acled(s),
        summarizer.to_plover(s, "harem"),
        summarizer.to_flat(s),
        summarizer.to_langextract(s),
        *summarizer.to_geojson_features(s, "harem"),
    ):
        json.dumps(record)  # plain types only: str, int, float, bool, None, lists and dicts
    assert list(summarizer.to_acled(s)) == list(exports.ACLED_COLUMNS)
    assert summarizer.to_plover(s)["id"] == summarizer.to_flat(s)["id"], "one stable id without a batch id"


def test_cli_and_exports_name_the_same_formats() -> None:
    assert EXPORT_FORMATS == exports.FORMATS
