"""A Cypher tokenizer: words, names, strings, numbers, parameters, punctuation and comments.

It reads text the way a Cypher server does, and where servers might differ it
errs towards seeing *more* code, never less (the read-only check relies on it):

- whitespace is every Unicode whitespace character (``str.isspace``: the set
  Neo4j 5's grammar lists, ``\\u00a0``, ``\\u2028``, ``\\u3000`` …);
- a ``//`` comment ends at ``\\n`` or ``\\r`` — and at any other line break
  (``\\u0085``, ``\\u2028``, ``\\u2029``, ``\\v``, ``\\f``), so nothing a
  server might read as code hides in a comment; ``/* … */`` does not nest;
- strings are ``'…'`` or ``"…"`` with backslash escapes; a backticked name
  holds a doubled backtick for a backtick inside;
- a word is a run of Unicode identifier characters; a ``$`` starts a parameter;
- any other character (a full-width bracket, a zero-width space) is an error,
  as are unterminated strings, names and comments.

>>> [(t.kind, t.text) for t in tokenize("MATCH (n:`a``b`) // x\\rRETURN n.name, $p")]
[('word', 'MATCH'), ('punct', '('), ('word', 'n'), ('punct', ':'), ('name', '`a``b`'), ('punct', ')'), ('comment', '// x'), ('word', 'RETURN'), ('word', 'n'), ('punct', '.'), ('word', 'name'), ('punct', ','), ('param', '$p')]
>>> tokenize("RETURN 'a")
Traceback (most recent call last):
...
reformgraph.errors.CypherSyntaxError: unterminated string starting at character 8
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from reformgraph.errors import CypherSyntaxError
from reformgraph.regexcache import compiled

#: Characters that end a ``//`` comment: Neo4j's two, and every other line break a server might honour.
LINE_BREAKS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
PUNCTUATION = "()[]{},.:;|$+-*/%^=<>!?&~@#\\"
_NUMBER = compiled(r"0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|\d[\d_]*(?:\.\d[\d_]*)?(?:[eE][+-]?\d+)?")


@dataclass(frozen=True, slots=True)
class Token:
    """One token: ``kind`` is word, name (backticked), string, number, param, punct or comment.

    ``start`` is the character offset in the text; ``value`` is the unescaped
    content of a name (without backticks) or a parameter's name.
    """

    kind: str
    text: str
    start: int
    value: str = ""

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    @property
    def keyword(self) -> str:
        """An unquoted word in upper case after Unicode normalisation (NFKC), else ''."""
        if self.kind != "word":
            return ""
        return unicodedata.normalize("NFKC", self.text).upper()


def _is_word_start(ch: str) -> bool:
    return ch == "_" or ch.isidentifier()


def _is_word_part(ch: str) -> bool:
    return ("a" + ch).isidentifier()


def _quoted_end(text: str, start: int, quote: str) -> int:
    """Index just past the closing ``quote`` of the string/name starting at ``start``."""
    i = start + 1
    n = len(text)
    while i < n:
        ch = text[i]
        if quote == "`":
            if ch == "`":
                if i + 1 < n and text[i + 1] == "`":
                    i += 2
                    continue
                return i + 1
        elif ch == "\\":
            i += 2
            continue
        elif ch == quote:
            return i + 1
        i += 1
    what = "name" if quote == "`" else "string"
    raise CypherSyntaxError(f"unterminated {what} starting at character {start + 1}")


def tokenize(text: str) -> list[Token]:
    """Every token of ``text`` in order (whitespace dropped, comments kept); CypherSyntaxError when unreadable."""
    tokens: list[Token] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
        elif text.startswith("//", i):
            j = i + 2
            while j < n and text[j] not in LINE_BREAKS:
                j += 1
            tokens.append(Token("comment", text[i:j], i))
            i = j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            if j < 0:
                raise CypherSyntaxError(f"unterminated comment starting at character {i + 1}")
            tokens.append(Token("comment", text[i : j + 2], i))
            i = j + 2
        elif ch in "'\"":
            j = _quoted_end(text, i, ch)
            tokens.append(Token("string", text[i:j], i))
            i = j
        elif ch == "`":
            j = _quoted_end(text, i, ch)
            tokens.append(Token("name", text[i:j], i, text[i + 1 : j - 1].replace("``", "`")))
            i = j
        elif ch == "$" and i + 1 < n and (text[i + 1] == "`" or _is_word_part(text[i + 1])):
            if text[i + 1] == "`":
                j = _quoted_end(text, i + 1, "`")
                value = text[i + 2 : j - 1].replace("``", "`")
            else:
                j = i + 1
                while j < n and _is_word_part(text[j]):
                    j += 1
                value = text[i + 1 : j]
            tokens.append(Token("param", text[i:j], i, value))
            i = j
        elif ch.isdigit() and ch.isascii():
            m = _NUMBER.match(text, i)
            tokens.append(Token("number", m.group(), i))
            i = m.end()
        elif _is_word_start(ch):
            j = i + 1
            while j < n and _is_word_part(text[j]):
                j += 1
            tokens.append(Token("word", text[i:j], i))
            i = j
        elif ch in PUNCTUATION:
            tokens.append(Token("punct", ch, i))
            i += 1
        else:
            name = unicodedata.name(ch, "unnamed")
            raise CypherSyntaxError(
                f"unexpected character {ch!r} (U+{ord(ch):04X} {name}) at character {i + 1}, outside a string"
            )
    return tokens


def code_tokens(text: str) -> list[Token]:
    """The tokens of ``text`` without comments.

    >>> [t.text for t in code_tokens("RETURN /* x */ 1 // y")]
    ['RETURN', '1']
    """
    return [t for t in tokenize(text) if t.kind != "comment"]
