"""A PDF line's pieces put in the order they stand on the page, not the order they are drawn (round 72).

pypdf's layout mode joins the pieces a text object (``BT`` … ``ET``) draws on one line in the order the content
stream draws them. LibreOffice sets a line's quotation marks “ ” in a Latin font and draws the line font by font:
the marks come after the Chinese pieces around them, at their own places (`“` at x 141 drawn after `个` at 130), and
the text read ``推进144 “个15 ”分钟`` for ``推进144个“15分钟”``. Here each piece's place is looked at: a line whose
pieces are drawn out of order but, put in order by x, follow each other without overlapping (each starts where the
one before ends: the gaps the marks were left) is joined in that order. A line drawn in order, and one whose pieces
overlap (a bold drawn twice a hair apart, text over text), is joined as pypdf joins it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

_OVERLAP = 1.0  # points: how far a piece may run into the next one and still be its neighbour on the line


class Piece:
    """What the ordering needs of one text piece (pypdf's ``TextStateParams``): where it starts and ends, its baseline
    and font height, and whether it may be moved (upright text in a font pypdf reads)."""

    def __init__(self, tx: float, end: float, ty: float, height: float, movable: bool = True):
        self.tx, self.displaced_tx, self.ty, self.font_height, self.movable = tx, end, ty, height, movable

    def __repr__(self) -> str:
        return f"Piece({self.tx}, {self.displaced_tx})"


def _movable(piece) -> bool:
    """Whether a pypdf piece may be moved along its line: upright, not mirrored, in a font pypdf reads."""
    movable = getattr(piece, "movable", None)
    if movable is not None:
        return movable
    return not piece.rotated and not piece.flip_vertical and piece.font.interpretable


def line_runs(pieces: list) -> Iterator[list]:
    """The pieces a text object draws, in runs of one line each: a piece more than its font's height above or below
    the one before starts a run (pypdf's own rule for a new line).

    >>> [len(run) for run in line_runs([Piece(0, 10, 700, 10), Piece(10, 20, 700, 10), Piece(0, 10, 680, 10)])]
    [2, 1]
    """
    run: list = []
    for piece in pieces:
        if run and abs(piece.ty - run[-1].ty) > piece.font_height:
            yield run
            run = []
        run.append(piece)
    if run:
        yield run


def in_place(run: list) -> list | None:
    """A line's pieces in the order they stand on it, when they are drawn out of that order and, so ordered, each
    starts where the one before ends (``_OVERLAP`` allowed); None when the line is drawn in order, or its pieces
    overlap, or one of them may not be moved.

    >>> marks, ge, shiwu = Piece(141, 146.6, 572, 11), Piece(130, 141, 572, 11), Piece(146.7, 160.7, 572, 11)
    >>> in_place([Piece(106.8, 127.8, 572, 11), marks, ge, shiwu])
    [Piece(106.8, 127.8), Piece(130, 141), Piece(141, 146.6), Piece(146.7, 160.7)]
    >>> in_place([ge, marks, shiwu]) is None  # in order
    True
    >>> in_place([Piece(100, 111, 572, 11), Piece(100.3, 111.3, 572, 11)]) is None  # a bold drawn twice
    True
    """
    if all(b.tx >= a.displaced_tx - _OVERLAP for a, b in zip(run, run[1:], strict=False)):
        return None
    if not all(_movable(piece) for piece in run):
        return None
    ordered = sorted(run, key=lambda piece: piece.tx)
    if not all(b.tx >= a.displaced_tx - _OVERLAP for a, b in zip(ordered, ordered[1:], strict=False)):
        return None
    return ordered


def reordered(block: list) -> list | None:
    """A text object's pieces with each line drawn out of order put in order (``in_place``); None when no line is.

    >>> reordered([Piece(141, 146.6, 572, 11), Piece(130, 141, 572, 11), Piece(72, 90, 550, 11)])
    [Piece(130, 141), Piece(141, 146.6), Piece(72, 90)]
    >>> reordered([Piece(130, 141, 572, 11), Piece(141, 146.6, 572, 11)]) is None
    True
    """
    out, moved = [], False
    for run in line_runs(block):
        ordered = in_place(run)
        moved = moved or ordered is not None
        out.extend(ordered or run)
    return out if moved else None


class _Unset:
    """The default of ``text_state_params``' value: a piece created to be shown is given one."""


def text_groups(operations: Iterable, fonts: dict) -> list[dict]:
    """The text pieces of a page as pypdf's ``_layout_mode.text_show_operations`` gives them (its BT groups, left
    aligned, top line first), each line drawn out of order joined in the order its pieces stand (``reordered``).
    The pieces are pypdf's own, recorded as its state manager makes them; where a page has no such line, or the
    recorded pieces do not join into pypdf's groups (a step of pypdf not followed here), pypdf's groups are kept."""
    from pypdf._text_extraction._layout_mode import _fixed_width_page as fixed
    from pypdf._text_extraction._layout_mode._text_state_manager import TextStateManager

    shown: list = []  # every piece shown, in the order drawn
    ends: list[int] = []  # how many had been shown at each ET

    class Recording(TextStateManager):
        def text_state_params(self, value=_Unset):
            if value is _Unset:  # a TJ's starting state, shown by none
                return super().text_state_params()
            params = super().text_state_params(value)
            shown.append(params)
            return params

    def watched(ops: Iterable) -> Iterator:
        for operands, op in ops:
            if op == b"ET":
                ends.append(len(shown))
            yield operands, op

    state = Recording()
    groups: list[dict] = []
    ops = watched(operations)
    for operands, op in ops:  # text_show_operations' loop
        if op in (b"BT", b"q"):
            bts, _ = fixed.recurse_to_target_op(ops, state, b"ET" if op == b"BT" else b"Q", fonts, True)
            groups.extend(bts)
        elif op == b"Tf":
            fixed.set_font_operation(state, fonts, operands)
        else:
            state.set_state_param(op, operands)
    blocks = [shown[a:b] for a, b in zip([0, *ends], ends, strict=False)]
    ordered = [reordered(block) for block in blocks]
    if any(block is not None for block in ordered) and _joined(blocks, fixed) == groups:
        groups = _joined([new or old for new, old in zip(ordered, blocks, strict=True)], fixed)
    low = min((g["tx"] for g in groups), default=0.0)
    return [
        dict(g, tx=g["tx"] - low, displaced_tx=g["displaced_tx"] - low)
        for g in sorted(groups, key=lambda g: (g["ty"] * g["flip_sort"], -g["tx"]), reverse=True)
    ]


def _joined(blocks: list[list], fixed) -> list[dict]:
    """The BT groups of each text object's pieces, as pypdf's ``recurse_to_target_op`` joins them at its ET."""
    return [group for block in blocks for group in _block_groups(block, fixed)]


def _block_groups(pieces: list, fixed) -> list[dict]:
    """One text object's pieces joined into pypdf's BT groups: a new group at a new line and where the next piece
    starts five spaces or more left of the last one's end; within a group, the spaces a gap is wide."""
    from pypdf._text_extraction import LAYOUT_NEW_BT_GROUP_SPACE_WIDTHS as BACK

    groups: list[dict] = []
    if not pieces:
        return groups
    text, first = "", 0
    last_end, last_ty = pieces[0].displaced_tx, pieces[0].ty
    for i, piece in enumerate(pieces):
        if piece.rotated or not piece.font.interpretable:
            continue
        if abs(piece.ty - last_ty) > piece.font_height:
            if text.strip():
                groups.append(fixed.bt_group(pieces[first], text, last_end))
            first, text = i, ""
        if last_end - piece.tx > piece.space_tx * BACK:
            if text.strip():
                groups.append(fixed.bt_group(pieces[first], text, last_end))
            first, last_end, text = i, piece.displaced_tx, ""
        excess = round(piece.tx - last_end, 3) * (i != first)
        space = piece.space_tx * abs(piece.transform[0])
        spaces = min(round(excess / space) if excess > 0 and space else 0, fixed.WHITESPACE_LIMIT)
        text = f"{text}{' ' * spaces}{piece.text}"
        last_ty, last_end = piece.ty, piece.displaced_tx
    if text:
        groups.append(fixed.bt_group(pieces[first], text, last_end))
    return groups
