"""`nämndklient [--db X] COMMAND`: the command line, and with no command the main window.

Exit codes: 0 success, 2 bad input or usage, 1 anything else. An error is one
sentence on stderr naming the file, line or field; a traceback only with
`--debug`. Heavy modules are imported inside the command that needs them.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .. import __version__
from .security import COMMANDS as SECURITY_COMMANDS
from .security import add_parsers as add_security_parsers

log = logging.getLogger("nämndklient.cli")

EXIT_OK, EXIT_ERROR, EXIT_BAD_INPUT = 0, 1, 2

LIST_KINDS = (
    "meetings",
    "items",
    "kpis",
    "goal-areas",
    "assignments",
    "budget",
    "measures",
    "investments",
    "checks",
    "documents",
    "kolada-map",
)


class UsageError(Exception):
    """Bad input from the user: exit code 2."""


class Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one sentence on stderr like every other error (exit 2)."""

    def error(self, message: str) -> Any:  # argparse's signature says NoReturn
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: {one_line(message)} (se '{self.prog} --help').\n")


def build_parser() -> argparse.ArgumentParser:
    p = Parser(
        prog="nämndklient",
        description="Nämndklient: läs sammanträden, ärenden, nyckeltal och budget offline, och skriv ut möteshandlingar.",
    )
    p.add_argument("--version", action="version", version=f"nämndklient {__version__}")
    p.add_argument("--db", help="databasfil eller SQLAlchemy-URL (annars NAMNDKLIENT_DB eller användarens datamapp)")
    p.add_argument("--debug", action="store_true", help="visa hela felspåret vid fel")
    sub = p.add_subparsers(dest="command", metavar="KOMMANDO")

    imp = sub.add_parser("import", help="läs in dokument (typ känns igen på innehållet)")
    imp.add_argument("paths", nargs="+", type=Path, metavar="FIL")
    imp.add_argument("--dry-run", action="store_true", help="visa vad som skulle ändras, skriv inget")
    imp.add_argument("--lenient", action="store_true", help="läs in det som går och lista det som hoppades över")
    imp.add_argument("--format", choices=("table", "json"), default="table")
    imp.add_argument("--attach-to", metavar="ÄRENDE", help="lägg filerna till detta ärende (nyckel, se list items): en tjänsteskrivelse eller ett protokollsutdrag blir ärendets handling, en annan PDF en bilaga")
    imp.add_argument("--files", type=Path, metavar="MAPP",
                     help="OParl: mappen där filerna (PDF) finns, om inte bredvid JSON-filerna")
    imp.add_argument("--accept-untrusted", action="store_true",
                     help="läs in ett mötespaket som är osignerat eller signerat av okänd utgivare (valet sparas)")

    ls = sub.add_parser("list", help="lista innehåll")
    ls.add_argument("what", choices=LIST_KINDS)
    ls.add_argument("--format", choices=("table", "json"), default="table")

    se = sub.add_parser("search", help="sök i ärenden, dokument och anteckningar")
    se.add_argument("query")
    se.add_argument("--body")
    se.add_argument("--year", type=int)
    se.add_argument("--kind", choices=("item", "document", "note"))
    se.add_argument("--format", choices=("table", "json"), default="table")

    pk = sub.add_parser("pack", help="skapa möteshandlingar som PDF")
    pk.add_argument("meeting", metavar="SAMMANTRÄDE", help="id, datum (2024-01-26) eller organ:datum (RS:2024-01-26)")
    pk.add_argument("-o", "--output", type=Path, required=True)
    pk.add_argument("--items", help="bara dessa punkter, kommaseparerade nummer")
    pk.add_argument("--notes", choices=("none", "appendix", "after_item"), default="none")
    pk.add_argument("--member", help="namn för personligt exemplar (vattenstämpel)")
    pk.add_argument("--draft", action="store_true", help="vattenstämpel UTKAST")
    pk.add_argument("--include-confidential", action="store_true", help="ta med sekretessärenden (märks på varje sida)")
    pk.add_argument("--duplex", action="store_true", help="varje ärende börjar på udda sida")
    pk.add_argument("--appendix", action="store_true", help="bilaga med planens nyckeltal och budgettabeller")

    ics = sub.add_parser("export-ics", help="exportera sammanträden som iCalendar")
    ics.add_argument("-o", "--output", type=Path, required=True)
    ics.add_argument("--meeting", help="bara detta sammanträde")

    sh = sub.add_parser("screenshot", help="rita en vy utan skärm och spara som PNG")
    sh.add_argument("view", help="start, calendar, calendar-list, meeting[:REF], item[:KEY], case[:DOK], search[:FRÅGA], prep[:REF], kpis[:NAMN], assignments, budget[:TABELL]")
    sh.add_argument("-o", "--output", type=Path, required=True)
    sh.add_argument("--size", default="1280x800")
    sh.add_argument("--lang", default="sv")
    sh.add_argument("--theme", choices=("system", "dark"), default="system", help="dark: som ett skrivbord i mörkt läge")

    kd = sub.add_parser("kpi-direction", help="sätt vilket håll som är bättre för ett nyckeltal (sparas med namn och tid)")
    kd.add_argument("kpi", metavar="NYCKELTAL", help="id eller namnet som i 'list kpis' (början räcker om den är entydig)")
    kd.add_argument("direction", choices=("increase", "decrease", "unknown"),
                    help="increase: högre är bättre; decrease: lägre är bättre; unknown: ta bort en satt riktning")
    kd.add_argument("--by", default="", metavar="NAMN", help="vem som sätter riktningen (krävs utom med unknown)")

    km = sub.add_parser("kolada-map", help="koppla ett Kolada-nyckeltal till ett av planens nyckeltal")
    km.add_argument("kolada_id", metavar="KOLADA_ID")
    km.add_argument("kpi_name", metavar="NYCKELTAL", help="namnet som i 'list kpis'")

    kf = sub.add_parser("kolada-fetch", help="hämta utfall från Kolada över nätet (kopplade nyckeltal)")
    kf.add_argument("--years", default="2019-2025", help="år, t.ex. 2019-2025 eller 2022,2023")
    kf.add_argument("--url", default=None, help="Koladas API-adress (standard https://api.kolada.se/v3)")
    kf.add_argument("--since", type=_date, default=None, metavar="ÅÅÅÅ-MM-DD",
                    help="bara ändringar sedan detta datum (Koladas from_date); återkallade värden tas bort")

    of = sub.add_parser("oparl-fetch", help="hämta sammanträden, ärenden och filer från en OParl-server över nätet")
    of.add_argument("url", metavar="URL", help="serverns System, ett Body eller en lista (https://…)")
    of.add_argument("--into", type=Path, metavar="MAPP", help="spara sidor och filer här (annars en tillfällig mapp)")
    of.add_argument("--files", choices=("all", "meetings", "none"), default="all",
                    help="vilka filer som hämtas: alla, bara sammanträdenas, eller inga")

    te = sub.add_parser("export-template", help="mall (XLSX eller CSV) för utfall av nyckeltal och budget")
    te.add_argument("-o", "--output", type=Path, required=True)

    no = sub.add_parser("note", help="skriv en anteckning på ett ärende")
    no.add_argument("item", help="ärendets nyckel (se list items)")
    no.add_argument("text")
    no.add_argument("--quote", help="stycket anteckningen gäller")

    kg = sub.add_parser("keygen", help="skapa ett nyckelpar för att signera mötespaket (sekretariatet)")
    kg.add_argument("-o", "--output", type=Path, required=True, metavar="PREFIX", help="skriver PREFIX.key och PREFIX.pub")

    tr = sub.add_parser("trust", help="lita på mötespaket signerade med denna publika nyckel")
    tr.add_argument("public_key", type=Path, metavar="PUBLIK_NYCKEL")
    tr.add_argument("--name", help="utgivarens namn, t.ex. Regionstyrelsens sekretariat")
    tr.add_argument("--body", action="extend", nargs="+", metavar="ORGAN", default=None,
                    help="bara paket för dessa organ (kortnamn som RS eller HSN; ett eller flera)")

    ut = sub.add_parser("untrust", help="sluta lita på en utgivares nyckel")
    ut.add_argument("key", metavar="PUBLIK_NYCKEL_ELLER_FINGERAVTRYCK",
                    help="den publika nyckelns fil, eller fingeravtrycket som 'trust' visade")

    pu = sub.add_parser("publish", help="publicera ett sammanträde som signerat paket eller till den centrala databasen")
    pu.add_argument("meeting", metavar="SAMMANTRÄDE", help="id, datum (2024-01-26) eller organ:datum (RS:2024-01-26)")
    target = pu.add_mutually_exclusive_group(required=True)
    target.add_argument("-o", "--output", type=Path, metavar="PAKET.zip")
    target.add_argument("--to", metavar="URL", help="central databas, t.ex. postgresql://värd/nämnd")
    pu.add_argument("--key", type=Path, metavar="PRIVAT_NYCKEL", help="signeringsnyckel (krävs med -o)")
    pu.add_argument("--publisher", help="utgivarens namn i paketet")
    pu.add_argument("--version", type=_positive, metavar="N", dest="package_version",
                    help="paketets version av sammanträdet (annars nästa efter den som senast publicerades härifrån)")

    sy = sub.add_parser("sync", help="hämta det som ändrats i den centrala databasen, eller visa synkläget")
    way = sy.add_mutually_exclusive_group(required=True)
    way.add_argument("--from", dest="source", metavar="URL")
    way.add_argument("--status", action="store_true",
                     help="visa per sammanträde och dokument: läge (aktuell, ändrad, utgått, sekretesstid ute) och när det hämtades")
    sy.add_argument("--format", choices=("table", "json"), default="table")

    ex = sub.add_parser("expire", help="ta bort innehållet i sekretessärenden vars sekretesstid har gått ut")
    ex.add_argument("--today", type=_date, metavar="ÅÅÅÅ-MM-DD", help="räkna som om det vore detta datum")
    ex.add_argument("--format", choices=("table", "json"), default="table")

    add_security_parsers(sub)
    sub.add_parser("gui", help="öppna huvudfönstret (samma som utan kommando)")
    return p


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} är inget heltal större än noll")
    return int(text)


def _date(text: str) -> Any:
    import datetime as dt

    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} är inget datum av formen ÅÅÅÅ-MM-DD") from None


_OPENED: list[Any] = []  # databases this run opened: closed before a refused run removes a new file
SUPPORTED_SCHEMES = ("sqlite", "postgresql", "postgresql+psycopg", "postgres")


def check_db_target(target: str) -> None:
    """Refuse, before anything is opened or created, what can be no database of ours."""
    if "://" in target:
        scheme = target.split("://", 1)[0].casefold()
        if scheme not in SUPPORTED_SCHEMES:
            raise UsageError(f"--db {scheme}://…: Nämndklient använder en SQLite-fil eller en PostgreSQL-databas "
                             "(postgresql://…).")
        return
    path = Path(target).expanduser()
    if path.is_dir():
        raise UsageError(f"{path} är en mapp; ange en databasfil med --db.")
    if path.exists() and not path.is_file():
        raise UsageError(f"{path} är ingen vanlig fil (en enhet eller pipe); ange en databasfil med --db.")


def _database_file(args: argparse.Namespace) -> Path | None:
    """The SQLite file the run uses, None for a server database."""
    from ..runtime.paths import default_database

    target = getattr(args, "db", None) or default_database()
    if "://" in target:
        return None
    return Path(target).expanduser()


def _discard_new_database(path: Path) -> None:
    """A refused run leaves no database it created: the file and its journals go (regular files only)."""
    import stat

    while _OPENED:
        _OPENED.pop().dispose()
    for p in (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal"))):
        try:
            if not stat.S_ISREG(p.lstat().st_mode):
                continue  # a device, a folder or a link: not ours to remove
            p.unlink(missing_ok=True)
        except FileNotFoundError:
            continue
        except OSError:
            log.warning("Kunde inte ta bort %s", p)


def check_output(path: Path, what: str = "filen") -> Path:
    """An output file must go into a folder that exists, and not onto a folder or a device."""
    folder = path.expanduser().parent
    if not folder.is_dir():
        raise UsageError(f"{path}: mappen {folder} finns inte; {what} skrevs inte.")
    if path.is_dir():
        raise UsageError(f"{path} är en mapp; ange ett filnamn.")
    if path.exists() and not path.is_file():
        raise UsageError(f"{path} är ingen vanlig fil; {what} skrevs inte.")
    return path


def open_db(args: argparse.Namespace, *, seed: bool = True, expire: bool = True) -> Any:
    """Open (with its key, when encrypted) and, on a member's copy, remove confidential content whose time ran out."""
    from ..persistence.database import open_database
    from ..runtime.paths import default_database
    from .security import key_for_db

    target = args.db or default_database()
    check_db_target(target)
    db = open_database(target, key=key_for_db(target))
    _OPENED.append(db)
    if db.created and seed:
        from ..services.importing import import_seed_documents

        import_seed_documents(db)
    if expire and db.path is not None:
        from ..services.confidential import run_expiry

        for item in run_expiry(db):
            print(f"Sekretesstiden har gått ut: innehållet i {item.key} togs bort.", file=sys.stderr)
    return db


def cmd_import(args: argparse.Namespace) -> int:
    from ..services.importing import classify, import_prepared, import_value_file, prepare_documents

    for path in args.paths:
        if not path.exists():
            raise UsageError(f"{path}: filen finns inte.")
    # Every file's kind from its content, before any database is opened or created.
    kinds = [(path, classify(path, attach=bool(args.attach_to))) for path in args.paths]
    packages = [p for p, k in kinds if k == "package"]
    oparl = [p for p, k in kinds if k == "oparl"]
    if packages or oparl:
        if len(packages) + len(oparl) != len(args.paths):
            raise UsageError("Läs in mötespaket och OParl-filer för sig, utan andra dokument i samma körning.")
        db = open_db(args, seed=False)
        return _import_publications(db, packages, oparl, args)
    if args.attach_to:
        from ..services.attachments import attach_files

        db = open_db(args, seed=False)
        report = attach_files(db, args.attach_to, list(args.paths))
        print(f"Bifogade till {args.attach_to}: nya {_counts(report.created)}; ändrade {_counts(report.updated)}.")
        return EXIT_OK
    documents = [p for p, k in kinds if k == "document"]
    value_files = [(p, k) for p, k in kinds if k in ("kolada", "outcome_template")]
    prepared = prepare_documents(documents, lenient=args.lenient)  # parsed and checked: nothing open yet
    db = open_db(args, seed=False)
    outcome = import_prepared(db, prepared, dry_run=args.dry_run)
    report = outcome.report
    for path, kind in value_files:
        with naming_the_file(path.name):
            part = import_value_file(db, path, kind, dry_run=args.dry_run)
        outcome.kinds[path.name] = kind
        for what, n in part.created.items():
            report.count("created", what, n)
        for what, n in part.updated.items():
            report.count("updated", what, n)
        for what, n in part.removed.items():
            report.count("removed", what, n)
        report.unchanged += part.unchanged
        report.skipped.extend(part.skipped)
    if args.format == "json":
        from .output import as_json

        print(as_json({"dry_run": outcome.dry_run, "kinds": outcome.kinds, "created": report.created,
                       "updated": report.updated, "removed": report.removed, "unchanged": report.unchanged,
                       "skipped": report.skipped}))
        return EXIT_OK
    prefix = "Skulle ändra (inget skrevs)" if outcome.dry_run else "Inläst"
    for name, kind in outcome.kinds.items():
        print(f"{name}: {kind}")
    removed = f"borttagna {_counts(report.removed)}; " if report.removed else ""
    print(f"{prefix}: nya {_counts(report.created)}; ändrade {_counts(report.updated)}; {removed}"
          f"oförändrade filer {report.unchanged}.")
    for s in report.skipped:
        print(one_line(f"Hoppade över {s.file}, rad {s.line}: {s.reason}"), file=sys.stderr)
    return EXIT_OK


@contextmanager
def naming_the_file(name: str) -> Iterator[None]:
    """Whatever goes wrong while a file is read in, the one sentence names the file."""
    try:
        yield
    except BrokenPipeError:
        raise
    except (Exception, RecursionError) as exc:
        text = message_for(exc)
        if name in text:
            raise
        log.error("Inläsningen av %s misslyckades", name, exc_info=True)
        raise UsageError(f"{name}: {text}") from exc


def _import_publications(db: Any, packages: list[Path], oparl: list[Path], args: argparse.Namespace) -> int:
    from ..publishing.package_reader import fetch_package
    from ..publishing.signing import short_fingerprint

    results: list[dict[str, Any]] = []
    for path in packages:
        with naming_the_file(path.name):
            r = fetch_package(db, path, accept_untrusted=args.accept_untrusted)
        signer = short_fingerprint(r.signer) if r.signer else "osignerat"
        results.append({"file": path.name, "meeting": r.meeting, "signer": r.signer, "trusted": r.trusted,
                        "created": r.report.created, "updated": r.report.updated,
                        "changed_documents": r.changed_documents, "unchanged_documents": r.unchanged_documents,
                        "withdrawn_items": r.withdrawn_items, "notes_moved": r.notes_moved,
                        "notes_orphaned": r.notes_orphaned})
        results[-1].update({"version": r.version, "previous_version": r.previous_version,
                            "skipped": r.skipped is not None, "declassified": r.declassified})
        if args.format != "json" and r.skipped is not None:
            print(r.skipped)
            continue
        if args.format != "json":
            trust = "betrodd utgivare" if r.trusted else "ej betrodd, accepterad av dig"
            print(f"{path.name}: sammanträde {r.meeting} version {r.version} ({signer}, {trust}).")
            for key in r.declassified:
                print(f"  sekretessen hävd av utgivaren (version {r.version}): {key}")
            print(f"  nya {_counts(r.report.created)}; ändrade {_counts(r.report.updated)}; "
                  f"oförändrade dokument {r.unchanged_documents}.")
            for key in r.changed_documents:
                print(f"  ny version: {key}")
            for key in r.withdrawn_items:
                print(f"  utgått: {key}")
            if r.notes_orphaned:
                print(f"  {r.notes_orphaned} anteckningar hänvisar till text som inte längre finns (behållna, märkta).")
    if oparl:
        from ..publishing.oparl import import_oparl

        with naming_the_file(", ".join(p.name for p in oparl)):
            report = import_oparl(db, oparl, lenient=args.lenient, files=args.files, dry_run=args.dry_run)
        results.append({"file": ", ".join(p.name for p in oparl), "kind": "oparl", "created": report.created,
                        "updated": report.updated, "skipped": report.skipped})
        if args.format != "json":
            prefix = "OParl, skulle ändra (inget skrevs)" if args.dry_run else "OParl"
            print(f"{prefix}: nya {_counts(report.created)}; ändrade {_counts(report.updated)}.")
            for sk in report.skipped:
                print(f"Hoppade över {sk.file}: {sk.reason}", file=sys.stderr)
    if args.format == "json":
        from .output import as_json

        print(as_json(results))
    return EXIT_OK


def cmd_keygen(args: argparse.Namespace) -> int:
    from ..publishing.signing import generate_keypair, short_fingerprint

    check_output(args.output, "nyckelparet")
    private, public, fp = generate_keypair(args.output)
    print(f"Skrev {private} (privat, bara du kan läsa den) och {public} (ge den till ledamöterna).")
    print(f"Fingeravtryck: {short_fingerprint(fp)}")
    return EXIT_OK


def cmd_trust(args: argparse.Namespace) -> int:
    import re

    from ..publishing.signing import TrustStore, load_public_key, short_fingerprint

    bodies = [b.strip() for part in (args.body or []) for b in part.split(",") if b.strip()]
    for body in bodies:
        if not re.fullmatch(r"[A-Za-zÅÄÖåäö0-9_-]{1,32}", body):
            raise UsageError(f"--body {body!r}: förväntade ett organs kortnamn som RS eller HSN.")
    key = load_public_key(args.public_key)
    entry = TrustStore().add(key, args.name or args.public_key.stem, bodies)
    scope = (f"för {', '.join(entry.bodies)}" if entry.bodies
             else "för alla organ (begränsa med --body, eller ta bort nyckeln med untrust och lita på den igen)")
    print(f"Litar nu på {entry.name} ({short_fingerprint(entry.fingerprint)}) {scope}.")
    return EXIT_OK


def cmd_untrust(args: argparse.Namespace) -> int:
    from ..publishing.signing import TrustStore, fingerprint, load_public_key, short_fingerprint

    path = Path(args.key)
    wanted = fingerprint(load_public_key(path)) if path.is_file() else args.key
    removed = TrustStore().remove(wanted)
    if removed is None:
        raise UsageError(f"{args.key}: den nyckeln finns inte bland dem du litar på; inget ändrades.")
    print(f"Litar inte längre på {removed.name} ({short_fingerprint(removed.fingerprint)}).")
    return EXIT_OK


def cmd_publish(args: argparse.Namespace) -> int:
    db = open_db(args, seed=False, expire=False)  # the secretariat's copy is the source, not a member's
    if args.to:
        from ..publishing.sync import display_url, push

        r = push(db, args.meeting, args.to)
        print(f"Publicerade {r.meeting} version {r.version} till {display_url(args.to)}: "
              f"nya {_counts(r.report.created)}; ändrade {_counts(r.report.updated)}.")
        return EXIT_OK
    if args.key is None:
        raise UsageError("Ange signeringsnyckeln med --key (skapa en med 'nämndklient keygen -o NAMN').")
    from ..publishing.package_writer import publish
    from ..publishing.signing import short_fingerprint

    check_output(args.output, "paketet")
    content, fp = publish(db, args.meeting, args.output, args.key, publisher=args.publisher,
                          version=args.package_version)
    print(f"Skrev {args.output}: {content.meeting_key} version {content.manifest['version']}, "
          f"{len(content.manifest['meeting']['agendaItem'])} punkter, "
          f"{len(content.files)} dokument, signerat {short_fingerprint(fp or '')}.")
    return EXIT_OK


def cmd_sync(args: argparse.Namespace) -> int:
    from ..publishing.sync import pull

    if args.status:
        return _sync_status(args)
    db = open_db(args, seed=False)
    result = pull(db, args.source)
    changed = [m for m in result.meetings if m.meeting_changed]
    print(f"Synkroniserade från {result.source}: {len(result.meetings)} sammanträden lästa, {len(changed)} ändrade.")
    for m in changed:
        print(f"  {m.meeting} version {m.version}: nya {_counts(m.report.created)}; "
              f"ändrade {_counts(m.report.updated)}.")
        for key in m.declassified:
            print(f"  sekretessen hävd i den centrala databasens version {m.version}: {key}")
    for line in result.refused:
        print(f"Hoppade över {line}", file=sys.stderr)
    return EXIT_OK


STATE_WORDS = {"current": "aktuell", "changed": "ändrad", "withdrawn": "utgått", "expired": "sekretesstid ute"}


def _sync_status(args: argparse.Namespace) -> int:
    """Per meeting and document: state and when last fetched (JSON shape: see services.sync_state)."""
    from ..services import sync_state
    from .output import as_json

    db = open_db(args, seed=False)
    with db.session() as s:
        meetings = sync_state.all_states(s)
        stores = sync_state.sources(s)
    if args.format == "json":
        print(as_json(meetings))
        return EXIT_OK

    def when(value: Any) -> str:
        return value.strftime("%Y-%m-%d %H:%M") + " UTC" if value else "aldrig hämtat"

    for store in stores:
        print(f"Central databas {store.source}: senast synkroniserad {when(store.synced_at)}.")
    if not meetings:
        print("(inga sammanträden)")
    for m in meetings:
        counts = ", ".join(f"{m.counts[k]} {STATE_WORDS[k]}" for k in sync_state.STATES)
        print(f"{m.key}  {m.title}: hämtat {when(m.fetched_at)}; punkter {counts}.")
        for item in m.items:
            for d in item.documents:
                print(f"  {d.key}  version {d.version}  {STATE_WORDS[d.state]}  hämtat {when(d.fetched_at)}")
    return EXIT_OK


def _counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{n} {what}" for what, n in counts.items()) or "inget"


TABLE_COLUMNS: dict[str, list[str]] = {
    "meetings": ["key", "start", "end", "kind", "status", "title"],
    "items": ["key", "number", "title", "category", "state", "notes"],
    "kpis": ["id", "goal_area", "horizon", "name", "target", "unit", "direction", "direction_source",
             "direction_suggestion", "status"],
    "goal-areas": ["name", "goal", "kpis", "assignments"],
    "assignments": ["goal_area", "decided_by", "responsible", "status", "text"],
    "budget": ["table", "area", "category", "year", "scenario", "amount", "unit"],
    "measures": ["measure_type", "description", "effects", "unit"],
    "investments": ["unit_name", "object_name", "kind", "amount", "unit"],
    "checks": ["table", "row", "column", "stated", "computed", "unit", "outcome"],
    "documents": ["key", "date", "dnr", "title", "version"],
    "kolada-map": ["kolada_id", "kpi_name"],
}


def cmd_list(args: argparse.Namespace) -> int:
    from ..services import assignments, catalog, kpi_values
    from .output import as_json, as_table, readable

    fetch: dict[str, Callable[[Any], list[Any]]] = {
        "meetings": catalog.meetings,
        "items": catalog.items,
        # one read model for both forms, so the table and the JSON cannot disagree
        "kpis": kpi_values.kpi_rows_for_json if args.format == "json" else kpi_values.kpi_rows_for_table,
        "goal-areas": catalog.goal_areas,
        "assignments": lambda s: [assignments.assignment_dict(r) for r in assignments.assignment_rows(s)],
        "budget": catalog.budget,
        "measures": catalog.measures,
        "investments": catalog.investments,
        "checks": catalog.checks,
        "documents": catalog.documents,
        "kolada-map": kpi_values.kolada_mappings,
    }
    db = open_db(args)
    with db.session() as s:
        rows = fetch[args.what](s)
    if args.format == "json":
        print(as_json(rows))
    else:
        import dataclasses

        dicts = [r if isinstance(r, dict) else dataclasses.asdict(r) for r in rows]
        if args.what == "assignments":  # the JSON's null, said in words
            dicts = [{**d, "status": d["status"] or assignments.NO_STATUS} for d in dicts]
        if args.what == "meetings":
            for d in dicts:
                d["status"] = "inställt" if d["cancelled"] else ""
        print(as_table([readable(args.what, d) for d in dicts], TABLE_COLUMNS[args.what]))
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    from ..persistence import search_index
    from .output import as_json, as_table

    db = open_db(args)
    with db.session() as s:
        hits = search_index.search(s, args.query, body_code=args.body, year=args.year, kind=args.kind)
    if args.format == "json":
        print(as_json(hits))
        return EXIT_OK
    rows = [
        {**h.__dict__, "snippet": h.snippet.replace(search_index.HIGHLIGHT_START, "»").replace(
            search_index.HIGHLIGHT_END, "«")}
        for h in hits
    ]
    print(as_table(rows, ["kind", "meeting_key", "title", "snippet"]))
    return EXIT_OK


def cmd_pack(args: argparse.Namespace) -> int:
    from ..services.packing import make_pack

    check_output(args.output, "möteshandlingarna")
    db = open_db(args)
    result = make_pack(
        db,
        args.meeting,
        args.output,
        items=[n.strip() for n in args.items.split(",")] if args.items else None,
        notes=args.notes,
        member=args.member,
        draft=args.draft,
        include_confidential=args.include_confidential,
        duplex=args.duplex,
        appendix=args.appendix,
    )
    print(f"Skrev {result.path} ({result.pages} sidor).")
    for warning in result.warnings:
        print(f"Varning: {warning}", file=sys.stderr)
    return EXIT_OK


def cmd_export_ics(args: argparse.Namespace) -> int:
    from ..services.calendar_export import export_ics

    check_output(args.output, "kalendern")
    db = open_db(args)
    count = export_ics(db, args.output, meeting=args.meeting)
    print(f"Skrev {count} sammanträden till {args.output}.")
    return EXIT_OK


def cmd_kolada_map(args: argparse.Namespace) -> int:
    from ..services.kpi_values import set_kolada_mapping

    db = open_db(args)
    with db.session() as s:
        set_kolada_mapping(s, args.kolada_id, args.kpi_name)
    print(f"Kolada {args.kolada_id.upper()} → {args.kpi_name}")
    return EXIT_OK


def cmd_kpi_direction(args: argparse.Namespace) -> int:
    from ..services.kpi_values import direction_text, find_kpi, kpi_overview, set_direction

    by = " ".join(args.by.split())
    if args.direction != "unknown" and not by:
        raise UsageError("--by: ange vem som sätter riktningen, t.ex. --by \"Anna Berg, sekretariatet\".")
    db = open_db(args)
    with db.session() as s:
        kpi = find_kpi(s, args.kpi)
        name = kpi.name
        set_direction(s, name, None if args.direction == "unknown" else args.direction, by)
    with db.session() as s:
        row = next(r for r in kpi_overview(s) if r.name == name)
    print(f"{name}: {direction_text(row)}")
    return EXIT_OK


def parse_years(text: str) -> list[int]:
    try:
        if "-" in text:
            first, last = (int(p) for p in text.split("-", 1))
            return list(range(first, last + 1))
        return [int(p) for p in text.split(",")]
    except ValueError as exc:
        raise UsageError(f"--years {text!r}: förväntade år som 2019-2025 eller 2022,2023.") from exc


def cmd_kolada_fetch(args: argparse.Namespace) -> int:
    from ..services.kolada_fetch import DEFAULT_URL, fetch_kolada

    db = open_db(args)
    report = fetch_kolada(db, parse_years(args.years), base_url=args.url or DEFAULT_URL, since=args.since)
    removed = f"; borttagna {_counts(report.removed)}" if report.removed else ""
    print(f"Hämtat från Kolada: nya {_counts(report.created)}; ändrade {_counts(report.updated)}{removed}.")
    for s in report.skipped:
        print(f"Hoppade över: {s.reason}", file=sys.stderr)
    return EXIT_OK


def cmd_oparl_fetch(args: argparse.Namespace) -> int:
    from ..publishing.oparl_fetch import fetch_oparl

    db = open_db(args, seed=False)
    result = fetch_oparl(db, args.url, into=args.into, files=args.files)
    where = f" (sparat i {result.folder})" if result.folder else ""
    print(f"Hämtade {result.pages} sidor och {result.files} filer från {args.url}{where}.")
    print(f"OParl: nya {_counts(result.report.created)}; ändrade {_counts(result.report.updated)}.")
    for line in result.skipped:
        print(f"Hoppade över {line}", file=sys.stderr)
    for sk in result.report.skipped:
        print(f"Hoppade över {Path(sk.file).name}: {sk.reason}", file=sys.stderr)
    return EXIT_OK


def cmd_export_template(args: argparse.Namespace) -> int:
    from ..services.kpi_values import export_outcome_template

    if args.output.suffix.lower() not in (".xlsx", ".csv"):
        raise UsageError(f"{args.output}: mallen skrivs som .xlsx eller .csv.")
    check_output(args.output, "mallen")
    db = open_db(args)
    with db.session() as s:
        export_outcome_template(s, args.output)
    print(f"Skrev mallen {args.output}.")
    return EXIT_OK


def cmd_note(args: argparse.Namespace) -> int:
    from ..services.personal import add_item_note

    db = open_db(args)
    # Waits its turn behind another writer (bounded), then DatabaseBusy: one sentence, exit 2, the text unquoted.
    note = db.write(lambda s: add_item_note(s, args.item, args.text, quote=args.quote))
    print(f"Anteckning {note.id} sparad på {args.item}.")
    return EXIT_OK


def cmd_screenshot(args: argparse.Namespace) -> int:
    from ..gui.screenshot import take_screenshot

    check_output(args.output, "bilden")
    width, _, height = args.size.partition("x")
    if not (width.isdigit() and height.isdigit() and 0 < int(width) <= 10000 and 0 < int(height) <= 10000):
        raise UsageError(f"--size {args.size}: förväntade bredd×höjd i bildpunkter, t.ex. 1280x800.")
    db = open_db(args)
    take_screenshot(db, args.view, args.output, size=(int(width), int(height)), language=args.lang,
                    theme=args.theme)
    print(f"Skrev {args.output}.")
    return EXIT_OK


def cmd_gui(args: argparse.Namespace) -> int:
    from ..app import run_gui

    return run_gui(args.db)


def cmd_expire(args: argparse.Namespace) -> int:
    from ..services.confidential import run_expiry
    from .output import as_json, as_table

    db = open_db(args, seed=False, expire=False)
    rows = [{"key": e.key, "meeting": e.meeting, "number": e.number, "title": e.title, "dnr": e.dnr,
             "lapsed_on": e.lapsed_on, "documents": e.documents} for e in run_expiry(db, args.today)]
    if args.format == "json":
        print(as_json(rows))
    elif rows:
        print(as_table(rows, ["key", "dnr", "lapsed_on", "documents", "title"]))
    else:
        print("Inget sekretessärende hade en sekretesstid som gått ut.")
    return EXIT_OK


COMMANDS: dict[str | None, Callable[[argparse.Namespace], int]] = {
    "import": cmd_import,
    "list": cmd_list,
    "search": cmd_search,
    "pack": cmd_pack,
    "export-ics": cmd_export_ics,
    "note": cmd_note,
    "kolada-map": cmd_kolada_map,
    "kpi-direction": cmd_kpi_direction,
    "export-template": cmd_export_template,
    "kolada-fetch": cmd_kolada_fetch,
    "oparl-fetch": cmd_oparl_fetch,
    "screenshot": cmd_screenshot,
    "keygen": cmd_keygen,
    "trust": cmd_trust,
    "untrust": cmd_untrust,
    "publish": cmd_publish,
    "sync": cmd_sync,
    "expire": cmd_expire,
    "gui": cmd_gui,
    None: cmd_gui,
    **SECURITY_COMMANDS,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return _run(args)
    except BrokenPipeError:  # `nämndklient list items | head`
        _quiet_stdout()
        return EXIT_OK


def _quiet_stdout() -> None:
    """After a closed pipe, Python's own flush at exit must not print a second error."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _run(args: argparse.Namespace) -> int:
    from ..runtime.logging_setup import configure_logging

    configure_logging(args.debug)
    database = _database_file(args) if args.command not in (None, "gui") else None
    # Only a regular file this run made is ever removed: never a device (/dev/null), a link or a file that
    # was there before, empty or not.
    existed = database is not None and (database.exists() or database.is_symlink())
    try:
        code = COMMANDS[args.command](args)
    except BrokenPipeError:
        raise
    except (Exception, RecursionError, MemoryError) as exc:  # one sentence for the member, the trace for the log
        code = exit_code_for(exc)
        log.error("Kommandot %s misslyckades", args.command, exc_info=True)
        if args.debug:
            raise
        print(f"nämndklient: {message_for(exc)}", file=sys.stderr)
    finally:
        sys.stdout.flush()
    if code != EXIT_OK and database is not None and not existed and database.exists():
        _discard_new_database(database)
    while _OPENED:  # closing the last connection folds the WAL back and removes -wal and -shm
        _OPENED.pop().dispose()
    return code


def one_line(text: str, limit: int = 400) -> str:
    """One line, whatever a message carries: newlines folded, overlong text cut."""
    flat = " ".join(str(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def message_for(exc: BaseException) -> str:
    """What the member reads: the message of a known error, never SQL, a class name or a trace."""
    from sqlalchemy.exc import SQLAlchemyError

    cause = _known_cause(exc)
    if cause is not None:
        return one_line(str(cause))
    if isinstance(exc, RecursionError):
        return "indata är för djupt nästlade för att läsas; inget ändrades."
    if isinstance(exc, MemoryError):
        return "indata är för stora för att läsas; inget ändrades."
    if isinstance(exc, SQLAlchemyError):
        return "databasen kunde inte läsas eller skrivas; inget ändrades. Detaljer finns i loggen."
    if isinstance(exc, OSError) and exc.strerror:
        where = f"{exc.filename}: " if exc.filename else ""
        return one_line(f"{where}{exc.strerror}.")
    return "ett oväntat fel avbröt kommandot; inget ändrades. Detaljer finns i loggen (kör med --debug för felspåret)."


def _known_cause(exc: BaseException) -> BaseException | None:
    """The member-facing error itself, or the one an SQLAlchemy wrapper carries (a refused amount)."""
    seen = 0
    current: BaseException | None = exc
    while current is not None and seen < 5:
        if isinstance(current, (*_bad_input_types(), *_member_facing_types())):
            return current
        current = getattr(current, "orig", None) or current.__cause__
        seen += 1
    return None


def _bad_input_types() -> tuple[type[BaseException], ...]:
    from ..domain.amounts import AmountOutOfRange
    from ..domain.records import ImportFailure
    from ..persistence.database import DatabaseError
    from ..persistence.search_index import QueryTooLong

    return (UsageError, ImportFailure, DatabaseError, LookupError, QueryTooLong, AmountOutOfRange)


def _member_facing_types() -> tuple[type[BaseException], ...]:
    """Errors whose message is written for the member but that are not bad input (exit 1)."""
    from ..persistence.writer import PersonalDataTouched
    from ..services.keychain import KeyringUnavailable

    return (PersonalDataTouched, KeyringUnavailable)


def exit_code_for(exc: BaseException) -> int:
    cause = _known_cause(exc)
    if cause is not None:
        return EXIT_BAD_INPUT if isinstance(cause, _bad_input_types()) else EXIT_ERROR
    if isinstance(exc, RecursionError | MemoryError):
        return EXIT_BAD_INPUT
    return EXIT_ERROR


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
