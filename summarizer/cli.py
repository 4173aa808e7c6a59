"""Bilingual (Arabic/English) structured incident summaries of news articles.

Every command is listed below; 'summarizer COMMAND --help' shows its options."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from datetime import date
from pathlib import Path

from summarizer import __version__

EXIT_OK, EXIT_MODEL, EXIT_INPUT = 0, 1, 2
EXIT_CODES = """exit codes:
  0  success
  1  model or transport failure after bounded retries, a batch with failed articles, a full disk
  2  bad input or configuration (one line on stderr says which)
  3  eval: a score below evals/baseline.json"""
# summarizer.exports.FORMATS, named here so that --help needs no pydantic import (a test keeps them equal).
EXPORT_FORMATS = ("acled-csv", "plover-jsonl", "geojson", "csv", "langextract-jsonl")


def _add_backend_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--base-url", help="OpenAI-compatible endpoint (env SUMMARIZER_BASE_URL); none = embedded model")
    p.add_argument("--model", help="model name at that endpoint (env SUMMARIZER_MODEL)")
    p.add_argument("--api-key", help="API key (env SUMMARIZER_API_KEY or OPENAI_API_KEY)")
    p.add_argument(
        "--timeout",
        type=_seconds,
        help="seconds for one model request, start to last byte (env SUMMARIZER_TIMEOUT; 120 remote, 900 embedded)",
    )
    p.add_argument(
        "--deadline",
        type=_seconds,
        help="seconds for one article, retries included (env SUMMARIZER_DEADLINE; 600 remote, 1800 embedded)",
    )


def _seconds(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        seconds = 0.0
    if seconds <= 0:
        raise argparse.ArgumentTypeError(f"a number of seconds above 0 is needed, got {value!r}")
    return seconds


def _backend(args: argparse.Namespace, **overrides):
    """The backend the arguments and SUMMARIZER_* variables choose (arguments win)."""
    from summarizer.transport import resolve_backend

    for option, name in (("timeout", "timeout_s"), ("deadline", "deadline_s")):
        if getattr(args, option, None):
            overrides[name] = getattr(args, option)
    return resolve_backend(args.base_url, args.model, args.api_key, **overrides)


def _published(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"--published must be YYYY-MM-DD, got {value!r}") from exc


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="summarizer",
        description=__doc__,
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    p.add_argument(
        "--verbose",
        action="store_true",
        help="full detail of errors (tracebacks, model answers); progress as plain lines on stderr",
    )
    p.add_argument("-q", "--quiet", action="store_true", help="no progress on stderr (errors are still shown)")
    sub = p.add_subparsers(dest="command", required=True)

    s = sub.add_parser("summarize", help="summarise one article (file path, or - for stdin)")
    s.add_argument("path", help="article file (.txt or .html), or - for stdin")
    s.add_argument(
        "--input-format",
        choices=["auto", "text", "html"],
        default="auto",
        help="how to read the file: by its extension (auto: .html/.htm are HTML, the rest text), or as said",
    )
    s.add_argument("--format", choices=["json", "markdown", "html", *EXPORT_FORMATS], default="json")
    s.add_argument("-o", "--output", help="write here instead of stdout")
    s.add_argument("--published", type=_published, help="publication date YYYY-MM-DD, to resolve weekdays")
    s.add_argument("--max-chars", type=int, default=None, help="refuse longer articles (default 20000)")
    _add_backend_args(s)
    s.add_argument("--verbose", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    s.add_argument("-q", "--quiet", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS)

    b = sub.add_parser("batch", help="summarise many articles into JSONL, resumable")
    b.add_argument("inputs", nargs="+", help="files, directories of .txt/.html, or JSONL (id, text, published)")
    b.add_argument("--out", required=True, help="JSONL output (one line per article)")
    b.add_argument("--store", help="SQLite store (default: OUT with .sqlite)")
    b.add_argument("--concurrency", type=int, help="articles in flight (default 1 embedded, 8 remote)")
    b.add_argument("--retry-failed", action="store_true", help="retry only the articles that failed before")
    b.add_argument("--no-cache", action="store_true", help="summarise again even what the store holds")
    b.add_argument("--price-in", type=float, help="price per million input tokens, for the cost estimate")
    b.add_argument("--price-out", type=float, help="price per million output tokens")
    b.add_argument("--max-chars", type=int, default=None, help="refuse longer articles (default 20000)")
    b.add_argument(
        "--export-requests",
        metavar="FILE",
        help="make no live calls: write the model requests still needed as an OpenAI Batch API request file",
    )
    b.add_argument(
        "--import-results",
        metavar="FILE",
        action="append",
        default=[],
        help="OpenAI Batch API output file(s) of earlier exports; their answers are used instead of live calls",
    )
    _add_backend_args(b)
    b.add_argument("--verbose", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    b.add_argument("-q", "--quiet", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS)

    x = sub.add_parser("export", help="turn batch results into ACLED CSV, PLOVER JSONL, GeoJSON, CSV or langextract")
    x.add_argument("results", help="JSONL output of summarizer batch")
    x.add_argument("--to", required=True, choices=EXPORT_FORMATS, help="export format")
    x.add_argument("-o", "--output", help="write here instead of stdout")
    x.add_argument(
        "--inputs",
        nargs="+",
        default=[],
        metavar="INPUT",
        help="the batch's inputs (files, folders, JSONL): langextract-jsonl takes each article's text from them",
    )

    v = sub.add_parser("view", help="one HTML page of batch results: filters, each article beside its evidence")
    v.add_argument("results", help="JSONL output of summarizer batch (or one summary JSON of summarize)")
    v.add_argument(
        "--inputs",
        nargs="+",
        default=[],
        metavar="INPUT",
        help="the batch's inputs (files, folders, JSONL), to show each article with its evidence highlighted; "
        "without them the page lists the evidence quotes only",
    )
    v.add_argument("-o", "--output", help="write here instead of stdout")

    sub.add_parser("schema", help="print the JSON Schema of the output")

    e = sub.add_parser("eval", help="run the eval suite (see evals/)")
    e.add_argument("--cases", help="comma-separated case ids (default: all)")
    e.add_argument("--predictions", help="score saved summaries DIR/<case>.json without calling a model")
    e.add_argument("--report", help="write results JSON here, and a Markdown report beside it")
    e.add_argument("--no-cache", action="store_true", help="do not reuse cached model responses")
    e.add_argument("--update-baseline", action="store_true", help="rewrite evals/baseline.json with these scores")
    e.add_argument("--baseline", help="baseline file (default: evals/baseline.json)")
    _add_backend_args(e)
    e.add_argument("--verbose", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    return p


def _fail(code: int, message: str) -> int:
    from summarizer.errors import redact

    if os.environ.get("SUMMARIZER_VERBOSE") and sys.exc_info()[0] is not None:
        import traceback

        traceback.print_exc()
    print(f"summarizer: {redact(message).splitlines()[0] if message else 'failed'}", file=sys.stderr)
    return code


def _write_error(exc: OSError, path: str | None) -> int:
    """Disk full, permissions, a folder that vanished: one line, the old file left as it was."""
    where = path or "stdout"
    return _fail(EXIT_MODEL, f"cannot write {where}: {exc.strerror or exc}")


def _write(text: str, output: str | None) -> None:
    if output:
        from summarizer.atomic import atomic_write

        atomic_write(output, text)
    else:
        sys.stdout.buffer.write(text.encode("utf-8"))
        sys.stdout.flush()


def cmd_summarize(args: argparse.Namespace) -> int:
    from summarizer.api import summarize
    from summarizer.atomic import writable_folder
    from summarizer.errors import ConfigurationError, InputError, PathError, SummarizerError
    from summarizer.inputs import MAX_CHARS, read_input
    from summarizer.output import to_json, to_markdown

    try:
        if args.output:
            writable_folder(Path(args.output))  # before any model call is paid for
        text, page = read_input(args.path, args.input_format)
        published, source = args.published, "argument" if args.published else None
        if page is not None and published is None and page.published is not None:
            published, source = page.published, "page_metadata"  # the page's own date, said in the output
        if page is not None and not args.quiet:
            print(f"summarizer: {_page_notice(page, args.published)}", file=sys.stderr)
        summary = summarize(
            text,
            published,
            backend=_backend(args),
            max_chars=args.max_chars or MAX_CHARS,
            allow_tags=page is None,
            published_source=source,
        )
    except (InputError, ConfigurationError, PathError) as exc:
        return _fail(EXIT_INPUT, str(exc))
    except SummarizerError as exc:  # transport, model output, weights
        return _fail(EXIT_MODEL, str(exc))
    except ValueError as exc:  # configuration, e.g. a base URL without a model
        return _fail(EXIT_INPUT, str(exc))
    if args.format in EXPORT_FORMATS:
        rendered = _export_one(args.format, summary, args.path, text)
    elif args.format == "html":  # the evidence page: the article beside the summary, spans highlighted
        from summarizer.evidence_page import evidence_page

        rendered = evidence_page(summary, text)
    else:
        rendered = to_json(summary) + "\n" if args.format == "json" else to_markdown(summary)
    try:
        _write(rendered, args.output)
    except OSError as exc:
        return _write_error(exc, args.output)
    return EXIT_OK


def _page_notice(page, given: date | None) -> str:
    """What was read from a web page: how its text was found, its date, where offsets point."""
    how = "main text by trafilatura" if page.extractor == "trafilatura" else "all its text (no main text found)"
    if page.published is None:
        when = "no publication date in its metadata"
    elif given is not None and given != page.published:
        when = f"--published {given} used, its metadata says {page.published} ({page.published_from})"
    else:
        when = f"published {page.published} ({page.published_from})"
    return f"input is HTML: {how}, {len(page.text):,} characters; {when}; evidence offsets refer to this text"


def cmd_batch(args: argparse.Namespace) -> int:
    from summarizer.batch import check_paths, read_inputs, summarize_many
    from summarizer.errors import BatchFileError, SummarizerError
    from summarizer.inputs import MAX_CHARS

    missing = [p for p in [*args.inputs, *args.import_results] if not Path(p).exists()]
    if missing:
        return _fail(EXIT_INPUT, f"no such input: {', '.join(missing)}")
    try:
        backend = _backend(args)
    except ValueError as exc:
        return _fail(EXIT_INPUT, str(exc))
    prices = (
        {"input": args.price_in or 0.0, "output": args.price_out or 0.0} if (args.price_in or args.price_out) else None
    )
    try:
        check_paths(Path(args.out), Path(args.store or Path(args.out).with_suffix(".sqlite")), args.inputs)
        report = summarize_many(
            read_inputs(args.inputs),
            args.out,
            backend=backend,
            store_path=args.store,
            concurrency=args.concurrency,
            retry_failed=args.retry_failed,
            no_cache=args.no_cache,
            prices=prices,
            max_chars=args.max_chars or MAX_CHARS,
            export_requests=args.export_requests,
            import_results=args.import_results,
            progress=not args.quiet,
        )
    except BatchFileError as exc:
        return _fail(EXIT_INPUT, str(exc))
    except SummarizerError as exc:  # transport, weights
        return _fail(EXIT_MODEL, str(exc))
    except OSError as exc:  # disk full while writing the output or the store
        return _write_error(exc, getattr(exc, "filename", None) or args.out)
    print(report.summary_line(), file=sys.stderr)
    if args.export_requests:
        print(
            f"summarizer: {report.exported} requests in {args.export_requests}; after the Batch API run, "
            "repeat this command with --import-results OUTPUT_FILE (one round per pipeline stage)",
            file=sys.stderr,
        )
    return EXIT_OK if report.complete else EXIT_MODEL


def _export_one(fmt: str, summary, path: str, text: str) -> str:
    """One article in an export format, under the id a batch would give it (the file name; "stdin" for -)."""
    from summarizer.exports import ExportItem, render

    return render(fmt, [ExportItem("stdin" if path == "-" else Path(path).name, summary, text)])


def cmd_export(args: argparse.Namespace) -> int:
    from summarizer.atomic import writable_folder
    from summarizer.errors import InputError, PathError
    from summarizer.exports import export_results

    if args.output and Path(args.output).resolve() in {Path(p).resolve() for p in [args.results, *args.inputs]}:
        return _fail(EXIT_INPUT, f"-o {args.output} would overwrite an input of the export; choose another file")
    try:
        if args.output:
            writable_folder(Path(args.output))
        exported = export_results(args.results, args.to, args.inputs)
    except (InputError, PathError) as exc:
        return _fail(EXIT_INPUT, str(exc))
    if exported.failed:
        print(f"summarizer: {exported.failed} failed line(s) of {args.results} skipped", file=sys.stderr)
    if exported.without_text:
        print(
            f"summarizer: {exported.without_text} document(s) without their article (text null); "
            "give the batch's inputs with --inputs",
            file=sys.stderr,
        )
    try:
        _write(exported.text, args.output)
    except OSError as exc:
        return _write_error(exc, args.output)
    return EXIT_OK


def _articles(inputs: list[str]) -> dict[str, str]:
    """Each input's text under the id the batch gave it (file name, JSONL id, ``id#2`` for a reused id)."""
    from summarizer.batch import entries, read_inputs

    # Keys only have to tell texts apart, so any fixed fingerprint names the ids as the batch did.
    found = entries(list(read_inputs(inputs)), "view", warn=lambda message: print(message, file=sys.stderr))
    return {e.id: e.item.text for e in found if e.item.error is None}


def cmd_view(args: argparse.Namespace) -> int:
    from summarizer.atomic import writable_folder
    from summarizer.errors import PathError
    from summarizer.evidence_page import attach_articles, read_results, results_page

    missing = [p for p in [args.results, *args.inputs] if not Path(p).exists()]
    if missing:
        return _fail(EXIT_INPUT, f"no such input: {', '.join(missing)}")
    if args.output and Path(args.output).resolve() in {Path(p).resolve() for p in [args.results, *args.inputs]}:
        return _fail(EXIT_INPUT, f"-o {args.output} would overwrite an input of the view; choose another file")
    try:
        if args.output:
            writable_folder(Path(args.output))
        records = read_results(args.results)
        articles = _articles(args.inputs)
    except PathError as exc:
        return _fail(EXIT_INPUT, str(exc))
    except (OSError, ValueError) as exc:  # unreadable, or not UTF-8
        return _fail(EXIT_INPUT, f"cannot read {args.results}: {exc}")
    if not args.inputs:
        print("summarizer: no --inputs: the page lists each fact's evidence quotes, not the article", file=sys.stderr)
    for warning in attach_articles(records, articles):
        print(f"summarizer: {warning}", file=sys.stderr)
    try:
        _write(results_page(records, inputs_given=bool(args.inputs), title=Path(args.results).name), args.output)
    except OSError as exc:
        return _write_error(exc, args.output)
    return EXIT_OK


def cmd_schema(_: argparse.Namespace) -> int:
    import json

    from summarizer.schema import json_schema

    _write(json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n", None)
    return EXIT_OK


def cmd_eval(args: argparse.Namespace) -> int:
    from summarizer.evals.runner import main as eval_main

    return eval_main(args)


def _show_progress(args: argparse.Namespace) -> logging.Handler | None:
    """Stage progress on stderr: plain lines with --verbose, a live line when stderr is a terminal
    (summarize; a batch shows its own counter), nothing with --quiet."""
    if args.quiet or args.command not in ("summarize", "batch", "eval"):
        return None
    from summarizer import progress

    if os.environ.get("SUMMARIZER_VERBOSE"):
        return progress.show(progress.LineHandler(sys.stderr))
    if args.command == "summarize" and sys.stderr.isatty():
        return progress.show(progress.TerminalHandler(sys.stderr))
    return None


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if args.verbose:
        os.environ["SUMMARIZER_VERBOSE"] = "1"
    # instructor logs every failed attempt at ERROR; the summary's verification section reports them.
    logging.getLogger("instructor").setLevel(
        logging.DEBUG if os.environ.get("SUMMARIZER_VERBOSE") else logging.CRITICAL
    )
    commands = {
        "summarize": cmd_summarize,
        "batch": cmd_batch,
        "export": cmd_export,
        "view": cmd_view,
        "schema": cmd_schema,
        "eval": cmd_eval,
    }
    shown = _show_progress(args)
    try:
        return commands[args.command](args)
    finally:
        if shown is not None:
            from summarizer.progress import hide

            hide(shown)


if __name__ == "__main__":
    sys.exit(main())
