"""Splitting a Cypher script into statements, the way cypher-shell does (``;`` ends one).

Semicolons inside string literals, backticked names and comments do not end a
statement (the text is read by ``cypher.lexer``); comments are dropped; empty
statements are skipped.

>>> split_statements("// header\\nRETURN 'a;b' AS x;\\n/* c; */ MATCH (n) RETURN n ;\\n;")
["RETURN 'a;b' AS x", 'MATCH (n) RETURN n']
"""

from __future__ import annotations

from reformgraph.cypher.lexer import tokenize


def split_statements(script: str) -> list[str]:
    """The statements of ``script`` in order, without comments or terminating semicolons.

    Raises CypherSyntaxError when the script has an unterminated string, name or comment.
    """
    statements: list[str] = []
    current: list[str] = []
    pos = 0
    for token in tokenize(script):
        current.append(script[pos : token.start])
        pos = token.end
        if token.text == ";" and token.kind == "punct":
            statements.append("".join(current))
            current = []
        elif token.kind == "comment":
            current.append(" ")
        else:
            current.append(token.text)
    current.append(script[pos:])
    statements.append("".join(current))
    return [s.strip() for s in statements if s.strip()]
