"""Bilingual (Arabic/English) structured incident summaries of news articles.

Commands: summarize, batch, schema, eval. Exit codes: 0 ok, 1 model or transport failure,
2 bad input, 3 eval below baseline."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from datetime import date
from pathlib import Path

from summarizer import __version__

EXIT_OK, EXIT_MODEL, EXIT_INPUT = 0, 1, 2


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
        prog="summarizer", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    p.add_argument("--verbose", action="store_true", help="full detail of errors (tracebacks, model answers)")
    sub = p.add_subparsers(dest="command", required=True)

    s = sub.add_parser("summarize", help="summarise one article (file path, or - for stdin)")
    s.add_argument("path", help="article file (.txt or .html), or - for stdin")
    s.add_argument(
        "--input-format",
        choices=["auto", "text", "html"],
        default="auto",
        help="how to read the file: by its extension (auto: .html/.htm are HTML, the rest text), or as said",
    )
    s.add_argument("--format", choices=["json", "markdown"], default="json")
    s.add_argument("-o", "--output", help="write here instead of stdout")
    s.add_argument("--published", type=_published, help="publication date YYYY-MM-DD, to resolve weekdays")
    s.add_argument("--max-chars", type=int, default=None, help="refuse longer articles (default 20000)")
    _add_backend_args(s)
    s.add_argument("--verbose", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS)

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
    from summarizer.inputs import MAX_CHARS, read_article
    from summarizer.output import to_json, to_markdown

    try:
        if args.output:
            writable_folder(Path(args.output))  # before any model call is paid for
        text, is_html = read_article(args.path, args.input_format)
        if is_html:
            print("summarizer: input is HTML; evidence offsets refer to its extracted text", file=sys.stderr)
        summary = summarize(
            text, args.published, backend=_backend(args), max_chars=args.max_chars or MAX_CHARS, allow_tags=not is_html
        )
    except (InputError, ConfigurationError, PathError) as exc:
        return _fail(EXIT_INPUT, str(exc))
    except SummarizerError as exc:  # transport, model output, weights
        return _fail(EXIT_MODEL, str(exc))
    except ValueError as exc:  # configuration, e.g. a base URL without a model
        return _fail(EXIT_INPUT, str(exc))
    rendered = to_json(summary) + "\n" if args.format == "json" else to_markdown(summary)
    try:
        _write(rendered, args.output)
    except OSError as exc:
        return _write_error(exc, args.output)
    return EXIT_OK


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


def cmd_schema(_: argparse.Namespace) -> int:
    import json

    from summarizer.schema import json_schema

    _write(json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n", None)
    return EXIT_OK


def cmd_eval(args: argparse.Namespace) -> int:
    from summarizer.evals.runner import main as eval_main

    return eval_main(args)


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if args.verbose:
        os.environ["SUMMARIZER_VERBOSE"] = "1"
    # instructor logs every failed attempt at ERROR; the summary's verification section reports them.
    logging.getLogger("instructor").setLevel(
        logging.DEBUG if os.environ.get("SUMMARIZER_VERBOSE") else logging.CRITICAL
    )
    commands = {"summarize": cmd_summarize, "batch": cmd_batch, "schema": cmd_schema, "eval": cmd_eval}
    return commands[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
