"""Splitting a Cypher script into statements, the way cypher-shell does (``;`` ends one).

Semicolons inside string literals, backticked names and comments do not end a
statement; comments are dropped; empty statements are skipped.

>>> split_statements("// header\\nRETURN 'a;b' AS x;\\n/* c; */ MATCH (n) RETURN n ;\\n;")
["RETURN 'a;b' AS x", 'MATCH (n) RETURN n']
"""

from __future__ import annotations

import re

_TOKEN = re.compile(r"""//[^\n]*|/\*.*?\*/|'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|`(?:``|[^`])*`|;""", re.S)


def split_statements(script: str) -> list[str]:
    """The statements of ``script`` in order, without comments or terminating semicolons."""
    statements: list[str] = []
    current: list[str] = []
    pos = 0
    for match in _TOKEN.finditer(script):
        current.append(script[pos : match.start()])
        token = match.group()
        pos = match.end()
        if token == ";":
            statements.append("".join(current))
            current = []
        elif token.startswith(("//", "/*")):
            current.append(" ")
        else:
            current.append(token)
    current.append(script[pos:])
    statements.append("".join(current))
    return [s.strip() for s in statements if s.strip()]
