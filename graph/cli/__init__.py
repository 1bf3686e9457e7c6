"""The ``reformgraph`` command line: one click group whose commands load on first use.

Each command lives at module level in a module of this package, so it can be
imported and tested alone; the group imports a command's module only when that
command runs (``reformgraph top`` never imports the Neo4j driver or matplotlib).

Every failure is one line on stderr, ``error: FILE[:LINE|CELL]: what`` (see
docs/robustness.md): exit code 2 when click rejects the command line (unknown
option, value out of range, missing argument), 1 for everything else — every
:class:`~reformgraph.errors.ReformGraphError` with its message as it is, and, as
the last resort, any other exception as "internal error" with a request to
report it (``REFORMGRAPH_DEBUG=1`` shows the traceback instead). Messages from
libraries' loggers and warnings are not printed (they would add lines).

Example:
    reformgraph build plan.md --json graph.json
    reformgraph top graph.json --by betweenness -n 10
"""

from __future__ import annotations

import importlib
import logging
import os
import sys
import warnings

import click

from reformgraph.errors import ReformGraphError

# command name -> "module:attribute" (modules relative to this package)
COMMANDS: dict[str, str] = {
    "build": "build:build",
    "stats": "build:stats",
    "top": "metrics:top",
    "unit": "metrics:unit",
    "chain": "metrics:chain",
    "communities": "metrics:communities",
    "deadlines": "metrics:deadlines",
    "bottlenecks": "metrics:bottlenecks",
    "complexity": "metrics:complexity",
    "export": "export:export_command",
    "diff": "diff:diff",
    "load": "neo4j:load_command",
    "query": "neo4j:query_command",
    "explore": "explore:explore",
    "ledger": "ledger:ledger",
    "lights": "ledger:lights",
}


class _Interrupted(Exception):
    """Ctrl+C while a command ran (carried past click, which would print a blank line)."""


class _ClosedPipe(Exception):
    """stdout's reader went away while a command ran (carried past click, which would exit 1)."""


DEBUG_ENV = "REFORMGRAPH_DEBUG"
EXIT_USAGE = 2  # click's convention: the command line itself is wrong
EXIT_FAILURE = 1
EXIT_INTERRUPTED = 130  # 128 + SIGINT
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE: the reader of stdout went away (reformgraph top | head -1)


class ReformGraphGroup(click.Group):
    """A click group with lazily imported commands, whose every failure is one line on stderr."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        spec = COMMANDS.get(name)
        if spec is None:
            return None
        module, attr = spec.split(":")
        return getattr(importlib.import_module(f"{__name__}.{module}"), attr)

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:  # click would print an empty line first; main() prints the one line
            raise _Interrupted() from None
        except BrokenPipeError:  # click would exit 1, as for a failure; main() exits 141 quietly
            raise _ClosedPipe() from None

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        """Run the command line; in standalone mode (the console script, CliRunner) exit with one error line."""
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        debug = bool(os.environ.get(DEBUG_ENV))
        quiet = logging.NullHandler()  # library log records (pypdf, bs4 …) stop here, never on stderr
        if not debug:
            logging.getLogger().addHandler(quiet)
        try:
            with warnings.catch_warnings():
                if not debug:
                    warnings.simplefilter("ignore")
                code = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
                sys.stdout.flush()  # a closed pipe shows here, not as "Exception ignored" at exit
        except SystemExit:
            raise
        except (BrokenPipeError, _ClosedPipe):
            _silence_stdout()
            code = EXIT_BROKEN_PIPE
        except BaseException as exc:
            if debug and not isinstance(exc, (click.ClickException, ReformGraphError)):
                raise
            message, code = failure(exc)
            click.echo(f"error: {message}", err=True)
        finally:
            logging.getLogger().removeHandler(quiet)
        sys.exit(code if isinstance(code, int) else 0)


def failure(exc: BaseException) -> tuple[str, int]:
    """The one-line message (``error: `` not included) and exit code for an exception that ended a command.

    >>> failure(click.BadParameter("-1 is not in the range x>=0", param_hint="'-n'"))
    ("Invalid value for '-n': -1 is not in the range x>=0", 2)
    >>> failure(ReformGraphError("plan.md:3: no workplans\\nfound"))
    ('plan.md:3: no workplans\\\\nfound', 1)
    >>> failure(ZeroDivisionError("division by zero"))[0].split(";")[0]
    'internal error (ZeroDivisionError: division by zero)'
    """
    from reformgraph.cli.common import one_line

    if isinstance(exc, click.UsageError):
        ctx = exc.ctx
        hint = f" (see '{ctx.command_path} --help')" if ctx is not None else ""
        return one_line(exc.format_message()).rstrip(".") + hint, EXIT_USAGE
    if isinstance(exc, click.ClickException):
        return one_line(exc.format_message()), exc.exit_code
    if isinstance(exc, ReformGraphError):
        return one_line(exc), EXIT_FAILURE
    if isinstance(exc, (KeyboardInterrupt, _Interrupted, click.Abort)):
        return "interrupted", EXIT_INTERRUPTED
    if isinstance(exc, MemoryError):
        return "out of memory (the input is too large for this machine)", EXIT_FAILURE
    # The last resort: a failure no check anticipated is a bug. Say what it was, in one line, and ask for a report.
    what = one_line(f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__)
    return (
        f"internal error ({what}); this is a bug in reformgraph: please report it with the command you ran "
        f"(set {DEBUG_ENV}=1 to see the traceback)",
        EXIT_FAILURE,
    )


def _silence_stdout() -> None:
    """After a broken pipe, point stdout at /dev/null so Python's final flush does not complain."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # not a real file (CliRunner)
        pass


@click.group(cls=ReformGraphGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="reformgraph")
def cli() -> None:
    """ReformGraph: who must work with whom in a reform plan.

    Every command takes INPUT... (documents, or a graph JSON written by
    `build`); with none, the bundled document.
    """


def main() -> None:
    """Console-script entry point (also ``python -m reformgraph``): run the command, then end at once.

    A command that read a large graph spent a tenth of its time at exit freeing it object by object
    (0.5 s of a metric command on the 100-document synthetic corpus), for a process that is about to
    end anyway. So once the command is done, output is flushed, exit handlers run and the process ends
    without that teardown (as mypy ends), unless another thread still runs, which a normal exit waits for.
    For the same reason a graph the command loads is frozen out of the collector's sight
    (``run_as_whole_process``).
    """
    from reformgraph.cli.common import run_as_whole_process

    run_as_whole_process()
    try:
        cli(prog_name="reformgraph")
        code: object = 0
    except SystemExit as exc:
        code = exc.code
    _end(code)


def _end(code: object) -> None:
    """Exit with ``code`` as ``sys.exit`` would, skipping the interpreter's teardown when it is safe to."""
    import threading

    if threading.active_count() > 1:
        import gc

        gc.unfreeze()  # a normal exit's teardown finalises what the collector can see: the loaded graph too
        sys.exit(code)
    if code is None:
        status = 0
    elif isinstance(code, int):
        status = code
    else:  # sys.exit("message"): the message on stderr, status 1
        print(code, file=sys.stderr)
        status = EXIT_FAILURE
    try:
        sys.stdout.flush()
    except (BrokenPipeError, ValueError, OSError):
        _silence_stdout()
        status = status or EXIT_BROKEN_PIPE
    try:
        sys.stderr.flush()
    except (ValueError, OSError):
        pass
    import atexit

    atexit._run_exitfuncs()  # what a normal exit runs first (e.g. removing files extracted from a zipped install)
    os._exit(status)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
