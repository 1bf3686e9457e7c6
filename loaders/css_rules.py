"""A page's style sheet as far as a unit's format needs it: the rules whose selectors are made of tags, classes and
ids (``td``, ``.lead``, ``#tbl``, ``p.a6``), alone or joined by descendant and child combinators (``.lead span``,
``#tbl td.dw .q``, ``td > em``), each keeping only what it says of the font's weight and family; and which of them
select an element, given the elements it stands in, in CSS's order (specificity, then the sheet's order).

Round 50 read simple selectors (a tag, a class, a tag with a class); round 54 the combinators and ids (before, a
sheet bolding ``.lead span`` or resetting ``b {font-weight: normal}`` and bolding ``.article td b`` again was read
as its simple rules only). Round 55 read the ``font`` shorthand and ``!important`` (``font_declarations``); round 56
the sibling combinators (``td + td b``, ``h3 ~ p b``) and attribute selectors (``td[class="zrdw"]``,
``span[style*="#c00"]``, ``[data-lead]``); round 57 the structural pseudo-classes a page read from its start can
decide (``:first-child``, ``:nth-child(2n+1)``, ``:first-of-type``, ``:nth-of-type(3)``), those counting from the
end (``:last-child``, ``:nth-last-child(2)``, ``:only-child``, ``:last-of-type``: the page's reader counts each
element's siblings after it in a pass of its own, ``StyleSheet.counts_from_end``) and ``:not(…)`` of a compound of
those. Other pseudo-classes (``:hover``, ``:checked``) are not read: such a selector is left out.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from reformgraph.regexcache import compiled

# a declaration of the font's weight or family (not Word's mso-bidi-font-weight, the complex-script text's), or of
# the font shorthand (``font: bold 14px 宋体``: group 1 empty)
CSS_FONT = compiled(r"(?<![\w-])font(?:-(weight|family))?\s*:\s*([^;{}]+)", re.I)
_IMPORTANT = compiled(r"\s*!\s*important\s*$", re.I)
# the font shorthand's size (``14px``, ``1.2em``, ``120%``, ``small``, with its ``/line-height``): the family follows
_FONT_SIZE = compiled(
    r"(?:\d*\.?\d+(?:px|pt|em|rem|ex|ch|%|vw|vh|pc|mm|cm|in|q)|xx-small|x-small|small|medium|large|x-large|xx-large"
    r"|xxx-large|smaller|larger)(?:\s*/\s*\S+)?",
    re.I,
)
_FONT_WEIGHT = compiled(r"bold|bolder|lighter|normal|[1-9]00", re.I)


def font_declarations(text: str) -> list[tuple[str, str, bool]]:
    """The font's weight and family a declaration block sets, in order: ``(name, value, important)``, the ``font``
    shorthand read as its weight (``normal`` when it names none: the shorthand resets it) and its family (round 55:
    before, the shorthand was not read and ``!important`` weighed nothing). A shorthand with no size (a system
    font, ``font: caption``) is left out, as a browser does with an invalid one.

    >>> font_declarations("font: italic bold 14px/1.5 宋体, serif; color: red")
    [('weight', 'bold', False), ('family', '宋体, serif', False)]
    >>> font_declarations("FONT-WEIGHT: 700 !important; font: 16px 仿宋_GB2312; font: caption")
    [('weight', '700', True), ('weight', 'normal', False), ('family', '仿宋_GB2312', False)]
    """
    out = []
    for name, value in CSS_FONT.findall(text):
        important = _IMPORTANT.search(value) is not None
        value = _IMPORTANT.sub("", value).strip()
        if name:
            out.append((name.lower(), value, important))
        elif shorthand := _font_shorthand(value):
            out.extend((part, said, important) for part, said in shorthand)
    return out


# a declaration of the text's colour (not ``background-color``, ``border-color``: the lookbehind)
_CSS_COLOUR = compiled(r"(?<![\w-])color\s*:\s*([^;{}]+)", re.I)
_KEPT_COLOUR = compiled(r"inherit|unset|initial|revert|currentcolor", re.I)  # the parent's colour, kept
_RGB = compiled(r"rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,[^()]*)?\)", re.I)
# CSS's named colours of the hues a colour legend names (红, 蓝, 绿); any other name is read as no colour
_NAMED_COLOURS = {
    "red": "FF0000", "darkred": "8B0000", "crimson": "DC143C", "firebrick": "B22222", "brown": "A52A2A",
    "blue": "0000FF", "mediumblue": "0000CD", "darkblue": "00008B", "navy": "000080", "royalblue": "4169E1",
    "green": "008000", "darkgreen": "006400", "lime": "00FF00", "forestgreen": "228B22", "seagreen": "2E8B57",
}  # fmt: skip


def colour_declarations(text: str) -> list[tuple[str, bool]]:
    """The text colours a declaration block sets, in order, each as hex (``#f00``, ``#FF0000``, ``rgb(255, 0, 0)``,
    a named colour: ``red``) or "" for a colour that is none of a legend's hues' names (``black``), with whether it
    is important (round 66: a web page's 标红 leads); ``inherit`` and its like left out (the parent's colour goes on).

    >>> colour_declarations("color:red; background-color: #FFFF00"), colour_declarations("COLOR: rgb(255, 0, 0) !important")
    ([('FF0000', False)], [('FF0000', True)])
    >>> colour_declarations("color: #f00"), colour_declarations("color:#333333"), colour_declarations("color: black")
    ([('FF0000', False)], [('333333', False)], [('', False)])
    >>> colour_declarations("color: inherit")
    []
    """
    return [
        (css_colour(value), _IMPORTANT.search(value) is not None)
        for value in _CSS_COLOUR.findall(text)
        if _KEPT_COLOUR.fullmatch(_IMPORTANT.sub("", value).strip()) is None
    ]


def css_colour(value: str) -> str:
    """A CSS (or ``<font color>``) colour as six hex digits (``#f00``, ``#FF0000``, ``rgb(255,0,0)``, ``red``); ""
    for another.

    >>> css_colour("#f00"), css_colour(" Red "), css_colour("rgb(0, 112, 192)"), css_colour("windowtext")
    ('FF0000', 'FF0000', '0070C0', '')
    """
    value = _IMPORTANT.sub("", value).strip().lower()
    if value.startswith("#"):
        digits = value[1:]
        digits = "".join(c * 2 for c in digits) if len(digits) == 3 else digits
        return digits.upper() if len(digits) == 6 and all(c in "0123456789abcdef" for c in digits) else ""
    if (rgb := _RGB.fullmatch(value)) is not None:
        return "".join(f"{min(int(v), 255):02X}" for v in rgb.groups())
    return _NAMED_COLOURS.get(value, "")


def _font_shorthand(value: str) -> list[tuple[str, str]]:
    """The weight and family of a ``font`` shorthand's value (none when it names no size).

    >>> _font_shorthand('normal bold 16px/1.8 "仿宋_GB2312"'), _font_shorthand("inherit")
    ([('weight', 'bold'), ('family', '"仿宋_GB2312"')], [])
    """
    words = value.split()
    at = next((k for k, word in enumerate(words) if _FONT_SIZE.fullmatch(word)), None)
    if at is None or at + 1 >= len(words):
        return []
    # the weight among the style, variant and weight before the size (``normal`` may name any of them)
    weight = next((w for w in words[:at] if _FONT_WEIGHT.fullmatch(w) and w.lower() != "normal"), "normal")
    return [("weight", weight), ("family", " ".join(words[at + 1 :]))]


_CSS_COMMENT = compiled(r"/\*.*?\*/|<!--|-->", re.S)
_COMPOUND = compiled(r"(\*|[a-z][a-z0-9]*)?((?:[.#][\w-]+|\[[^\]]*\]|:[\w-]+(?:\([^()]*\))?)*)", re.I)
_NAMES = compiled(r"([.#])([\w-]+)")
_BRACKETS = compiled(r"\[[^\]]*\]")
_PSEUDO = compiled(r":([\w-]+)(?:\(([^()]*)\))?")
# the argument of :nth-child() and :nth-of-type(): odd, even, b, an+b (CSS Syntax's An+B, spaces around the sign)
_NTH = compiled(r"\s*(?:(odd)|(even)|([+-]?\d*)n\s*(?:([+-])\s*(\d+))?|([+-]?\d+))\s*", re.I)
# the structural pseudo-classes with no argument, as the place tests they make: (counted among: all siblings or
# those of the tag, from the start or from the end; the a and b of An+B)
_STRUCTURAL = {
    "first-child": (("child", 0, 1),),
    "first-of-type": (("type", 0, 1),),
    "last-child": (("last-child", 0, 1),),
    "last-of-type": (("last-type", 0, 1),),
    "only-child": (("child", 0, 1), ("last-child", 0, 1)),
    "only-of-type": (("type", 0, 1), ("last-type", 0, 1)),
}
_NTH_OF = {"nth-child": "child", "nth-of-type": "type", "nth-last-child": "last-child", "nth-last-of-type": "last-type"}
# an attribute selector: its name, its operator and value (quoted or not), its ``i`` flag (the value in any case)
_ATTRIBUTE = compiled(r"\[\s*([\w-]+)\s*(?:([~|^$*]?=)\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s\]\"']+))\s*(i)?\s*)?\]", re.I)
# a selector's pieces: a combinator with the spaces around it, spaces alone (a descendant combinator), a compound
# (attribute brackets may hold spaces and combinators' characters), anything else (not read)
_SELECTOR_TOKEN = compiled(r"\s*([>+~])\s*|(\s+)|((?:[^\s>+~\[\]()]|\[[^\]]*\]|\([^()]*\))+)|(.)", re.S)
_MAX_PARTS = 8  # the elements one selector names: a longer selector is left out
_IMPORTANT_MARK = " !important"  # kept after a rule's value, read again by ``font_declarations``


@dataclass(frozen=True)
class Element:
    """An element as a selector sees it (or one element's part of a selector, ``td.dw``, ``#tbl``, ``*``): its tag,
    id and classes, in lower case ("" and none: any, in a selector); an element's attributes (name, value), a
    selector part's attribute tests (name, operator, value, whether in any case; round 56); an element's place
    among its parent's element children, counting all (``place``) and those of its tag (``place_of_type``), from 1
    (0: not known), and from the end (``place_from_end``, ``place_of_type_from_end``); a selector part's structural
    tests (``"child"``, ``"type"``, ``"last-child"`` or ``"last-type"``, and the a and b of An+B) and the compounds
    it must not match (``:not(…)``; round 57)."""

    tag: str = ""
    id: str = ""
    classes: frozenset[str] = frozenset()
    attributes: tuple[tuple[str, str], ...] = ()
    tests: tuple[tuple[str, str, str, bool], ...] = ()
    place: int = 0
    place_of_type: int = 0
    place_from_end: int = 0
    place_of_type_from_end: int = 0
    places: tuple[tuple[str, int, int], ...] = ()
    negations: tuple[Element, ...] = ()

    def selects(self, element: Element) -> bool:
        """Whether this part of a selector selects ``element``.

        >>> Element("td", "", frozenset({"dw"})).selects(Element("td", "", frozenset({"dw", "x"})))
        True
        >>> Element("", "tbl").selects(Element("table", "other"))
        False
        >>> Element("span", tests=(("style", "*=", "#c00", False),)).selects(Element("span", attributes=(("style", "color:#c00"),)))
        True
        >>> third = Element("td", place=3, place_of_type=2)
        >>> _selector_part("td:nth-child(3)").selects(third), _selector_part("td:first-of-type").selects(third)
        (True, False)
        >>> _selector_part("span:not(.ph)").selects(Element("span", classes=frozenset({"ph"})))
        False
        """
        return (
            (not self.tag or self.tag == element.tag)
            and (not self.id or self.id == element.id)
            and self.classes <= element.classes
            and (not self.tests or all(passes(test, dict(element.attributes)) for test in self.tests))
            and (not self.places or all(_in_place(place, element) for place in self.places))
            and not any(negation.selects(element) for negation in self.negations)
        )


_PLACES = {
    "child": lambda element: element.place,
    "type": lambda element: element.place_of_type,
    "last-child": lambda element: element.place_from_end,
    "last-type": lambda element: element.place_of_type_from_end,
}


def _in_place(test: tuple[str, int, int], element: Element) -> bool:
    """Whether an element stands where a structural pseudo-class's An+B puts it (an n ≥ 0 with a·n + b its place
    among all its siblings or those of its tag); never where its place is not known.

    >>> [_in_place(("child", 2, 1), Element(place=k)) for k in (1, 2, 3)], _in_place(("child", 0, 1), Element())
    ([True, False, True], False)
    >>> [_in_place(("type", -1, 3), Element(place_of_type=k)) for k in (1, 3, 4)]
    [True, True, False]
    >>> _in_place(("last-child", 0, 1), Element(place=3, place_from_end=1)), _in_place(("last-type", 0, 1), Element(place=3))
    (True, False)
    """
    among, a, b = test
    place = _PLACES[among](element)
    if place < 1:
        return False
    if a == 0:
        return place == b
    return (place - b) % a == 0 and (place - b) // a >= 0


def passes(test: tuple[str, str, str, bool], attributes: Mapping[str, str]) -> bool:
    """Whether an element's attributes pass an attribute selector's test, as CSS reads its operators (``=`` the
    whole value, ``~=`` a word of it, ``|=`` it or its ``-`` prefix, ``^=``, ``$=``, ``*=`` its start, end, any part:
    never an empty value); the value's case counts unless the test's ``i`` flag says otherwise.

    >>> passes(("class", "=", "zrdw", False), {"class": "zrdw"}), passes(("class", "=", "zrdw", False), {"class": "zrdw x"})
    (True, False)
    >>> passes(("class", "~=", "zrdw", False), {"class": "zrdw x"}), passes(("data-lead", "", "", False), {"data-lead": ""})
    (True, True)
    >>> passes(("style", "*=", "BOLD", True), {"style": "font-weight:bold"}), passes(("style", "*=", "", False), {"style": "x"})
    (True, False)
    """
    name, operator, value, any_case = test
    if name not in attributes:
        return False
    if not operator:
        return True
    have = attributes[name] or ""
    if any_case:
        have, value = have.lower(), value.lower()
    if operator == "=":
        return have == value
    if operator == "~=":
        return value in have.split()
    if operator == "|=":
        return have == value or have.startswith(value + "-")
    if not value:
        return False
    if operator == "^=":
        return have.startswith(value)
    if operator == "$=":
        return have.endswith(value)
    return value in have


def element_of(tag: str, attributes, before: Siblings | None = None, after: tuple[int, int] | None = None) -> Element:
    """The element an opening tag and its attributes make (``<td class="dw Q" id=x>``), after the siblings
    ``before`` (its place among them; none: not known) and before ``after`` of them (its place from the end, among
    all and among those of its tag; none: not known).

    >>> element = element_of("td", {"class": "dw Q", "id": "X"})
    >>> element.tag, element.id, sorted(element.classes), element.attributes
    ('td', 'x', ['dw', 'q'], (('class', 'dw Q'), ('id', 'X')))
    >>> element_of("td", {}, Siblings(count=2, of_type=(("th", 1), ("td", 1)))).place_of_type
    2
    """
    return Element(
        tag,
        (attributes.get("id") or "").lower(),
        frozenset((attributes.get("class") or "").lower().split()),
        tuple((name.lower(), value or "") for name, value in attributes.items()),
        place=before.count + 1 if before is not None else 0,
        place_of_type=before.of_tag(tag) + 1 if before is not None else 0,
        place_from_end=after[0] if after is not None else 0,
        place_of_type_from_end=after[1] if after is not None else 0,
    )


@dataclass(frozen=True)
class Rule:
    """A rule of the sheet: its selector's parts (outermost first, the element it selects last), for each part but
    the last the combinator to the next part (``" "`` a descendant, ``">"`` a child, ``"+"`` the next sibling,
    ``"~"`` a later sibling), what it says of the font, its specificity (ids, classes and attributes, tags) and its
    place in the sheet (the last place its selector was written)."""

    parts: tuple[Element, ...]
    combinators: tuple[str, ...]
    declarations: str
    specificity: tuple[int, int, int]
    order: int


@dataclass(frozen=True)
class StyleSheet:
    """A page's style sheet: its rules, and each part of their selectors (the rule's index, the part's) under a key
    the element it selects must have (``#id``, ``.class``, ``tag`` or ``*``), so that an element looks only at the
    parts that may select it."""

    rules: tuple[Rule, ...] = ()
    parts: Mapping[str, tuple[tuple[int, int], ...]] = field(default_factory=dict)

    @property
    def counts_from_end(self) -> bool:
        """Whether a selector tests an element's place from the end (``:last-child``, ``:only-of-type``): its
        siblings after it must be counted before the page is read (round 57).

        >>> style_sheet("<style>td:last-child b {font-weight:bold}</style>").counts_from_end
        True
        """
        return any(
            among.startswith("last")
            for rule in self.rules
            for part in rule.parts
            for among, _, _ in (*part.places, *(p for n in part.negations for p in n.places))
        )


@dataclass(frozen=True)
class Matched:
    """What the selectors match at an open element, found when it opens from its parent's (so that each element
    costs the parts that may select it, however deep it stands): ``own``, the (rule, part) pairs whose selector's
    parts up to that part match with that part at this element; ``above``, those at this element or any element it
    stands in (what a descendant combinator looks at)."""

    own: frozenset[tuple[int, int]] = frozenset()
    above: frozenset[tuple[int, int]] = frozenset()


@dataclass(frozen=True)
class Siblings:
    """What the selectors matched at the elements before an element among its parent's children (round 56, the
    sibling combinators): ``last``, the (rule, part) pairs of ``Matched.own`` at the element just before it;
    ``earlier``, those at any element before it; and how many elements stand before it, all (``count``) and of
    each tag (``of_type``; round 57, the structural pseudo-classes)."""

    last: frozenset[tuple[int, int]] = frozenset()
    earlier: frozenset[tuple[int, int]] = frozenset()
    count: int = 0
    of_type: tuple[tuple[str, int], ...] = ()

    def after(self, matched: Matched, tag: str = "") -> Siblings:
        """The siblings of the element following the one (a ``tag``) where ``matched`` was found.

        >>> Siblings().after(Matched(), "td").after(Matched(), "td").of_tag("td")
        2
        """
        counted = dict(self.of_type)
        counted[tag] = counted.get(tag, 0) + 1
        return Siblings(matched.own, self.earlier | matched.own, self.count + 1, tuple(counted.items()))

    def of_tag(self, tag: str) -> int:
        """How many of the elements before are ``tag`` elements."""
        return next((n for name, n in self.of_type if name == tag), 0)


def parsed_selector(selector: str) -> tuple[tuple[Element, ...], tuple[str, ...]] | None:
    """A selector's parts and combinators (``Rule``), or None when it is not one of tags, classes, ids and attribute
    tests joined by descendant, child and sibling combinators.

    >>> parts, combinators = parsed_selector(" #tbl  td.dw>EM + b ")
    >>> [(p.tag, p.id, sorted(p.classes)) for p in parts], combinators
    ([('', 'tbl', []), ('td', '', ['dw']), ('em', '', []), ('b', '', [])], (' ', '>', '+'))
    >>> parsed_selector("td[class = 'zrdw'] ~ span[STYLE*='#c00' i]")[0][1].tests
    (('style', '*=', '#c00', True),)
    >>> parsed_selector("a:hover"), parsed_selector("td + > td"), parsed_selector("> p"), parsed_selector("td[x=a b]")
    (None, None, None, None)
    >>> [p.places for p in parsed_selector("tr:nth-child(2n + 1) td:first-child")[0]]
    [(('child', 2, 1),), (('child', 0, 1),)]
    """
    parts: list[Element] = []
    combinators: list[str] = []
    pending = ""  # the combinator before the next part
    for token in _SELECTOR_TOKEN.finditer(selector.strip()):
        mark, space, compound, other = token.groups()
        if other is not None:
            return None
        if compound is None:
            if not parts or pending:
                return None
            pending = mark or " "
            continue
        part = _selector_part(compound)
        if part is None:
            return None
        if parts:
            combinators.append(pending)
        parts.append(part)
        pending = ""
    if not parts or pending or len(parts) > _MAX_PARTS:
        return None
    return tuple(parts), tuple(combinators)


def _selector_part(compound: str, negated: bool = False) -> Element | None:
    """One element's part of a selector (``td.dw``, ``span[data-lead]``, ``*``, ``td:nth-child(3)``,
    ``span:not(.ph)``), or None when it is not one (a pseudo-class not read; a ``:not`` inside a ``:not``).

    >>> _selector_part("TD.a#B[data-lead]").tests, _selector_part("td[x"), _selector_part("a:hover")
    ((('data-lead', '', '', False),), None, None)
    >>> part = _selector_part("span:not(.ph):nth-of-type(odd)")
    >>> part.places, part.negations[0].classes, _selector_part("td:not(:not(.a))"), _selector_part("td:nth-child(x)")
    ((('type', 2, 1),), frozenset({'ph'}), None, None)
    """
    found = _COMPOUND.fullmatch(compound)
    if found is None:
        return None
    simple = found.group(2)
    places, negations = [], []
    if ":" in simple:  # pseudo-classes (round 57): the structural ones and :not(…); any other leaves the part out
        for name, argument in _PSEUDO.findall(simple):
            read = _pseudo_class(name.lower(), argument, negated)
            if read is None:
                return None
            if isinstance(read, Element):
                negations.append(read)
            else:
                places.extend(read)
        simple = _PSEUDO.sub(" ", simple)
    tests = []
    for bracket in _BRACKETS.findall(simple):
        test = _ATTRIBUTE.fullmatch(bracket)
        if test is None:
            return None
        name, operator, double, single, bare, flag = test.groups()
        tests.append((name.lower(), operator or "", double or single or bare or "", bool(flag)))
    names = _NAMES.findall(_BRACKETS.sub(" ", simple))
    ids = [name.lower() for mark, name in names if mark == "#"]
    tag = (found.group(1) or "").lower()
    return Element(
        "" if tag == "*" else tag,
        ids[0] if ids else "",
        frozenset(n.lower() for m, n in names if m == "."),
        tests=tuple(tests),
        places=tuple(places),
        negations=tuple(negations),
    )


def _pseudo_class(name: str, argument: str, negated: bool) -> tuple[tuple[str, int, int], ...] | Element | None:
    """What a pseudo-class tests: a structural one its place test (``Element.places``), ``:not(…)`` the compound it
    must not match; None when it is none of those (``:hover``, ``:checked``).

    >>> _pseudo_class("nth-child", "-n+3", False), _pseudo_class("only-of-type", "", False)
    ((('child', -1, 3),), (('type', 0, 1), ('last-type', 0, 1)))
    >>> _pseudo_class("not", "td.xh", False).classes, _pseudo_class("not", "td b", False), _pseudo_class("hover", "", False)
    (frozenset({'xh'}), None, None)
    """
    if name in _STRUCTURAL:
        return _STRUCTURAL[name]
    if name in _NTH_OF:
        ab = _nth(argument)
        return ((_NTH_OF[name], *ab),) if ab is not None else None
    if name == "not" and not negated and argument.strip():
        return _selector_part(argument.strip(), negated=True)
    return None


def _nth(argument: str) -> tuple[int, int] | None:
    """The a and b of an An+B argument (``odd``, ``even``, ``3``, ``2n+1``, ``-n + 3``), None when it is not one.

    >>> _nth("odd"), _nth("even"), _nth(" 3 "), _nth("2n + 1"), _nth("-n+3"), _nth("n"), _nth("x")
    ((2, 1), (2, 0), (0, 3), (2, 1), (-1, 3), (1, 0), None)
    """
    found = _NTH.fullmatch(argument)
    if found is None:
        return None
    odd, even, a, sign, b, alone = found.groups()
    if odd:
        return 2, 1
    if even:
        return 2, 0
    if alone is not None:
        return 0, int(alone)
    step = int(a + "1") if a in ("", "+", "-") else int(a)
    return step, (int(b) if sign != "-" else -int(b)) if b else 0


def _specificity(parts: tuple[Element, ...]) -> tuple[int, int, int]:
    """A selector's specificity: ids; classes, attribute tests and pseudo-classes; tags (a ``:not(…)`` weighs as
    the compound inside it).

    >>> _specificity(parsed_selector(".article tr td:nth-child(3) span:not(.ph)")[0])
    (0, 3, 3)
    """
    return (
        sum(1 for p in parts if p.id) + sum(_specificity(p.negations)[0] for p in parts if p.negations),
        sum(len(p.classes) + len(p.tests) + len(p.places) for p in parts)
        + sum(_specificity(p.negations)[1] for p in parts if p.negations),
        sum(1 for p in parts if p.tag) + sum(_specificity(p.negations)[2] for p in parts if p.negations),
    )


def _key(element: Element) -> str:
    """The key a selector's part selecting ``element`` is kept under (its id, else a class, else its tag)."""
    if element.id:
        return "#" + element.id
    if element.classes:
        return "." + min(element.classes)
    return element.tag or "*"


def style_sheet(page: str, colours: bool = False) -> StyleSheet:
    """The rules of a page's ``<style>`` sheets that say something of the font's weight or family, their selectors
    as ``parsed_selector`` reads them (a list of them as Word writes ``p.MsoNormal, li.MsoNormal``); other rules
    (``@font-face``, ``a:hover``) are left out, and of each rule only its font's weight and family are kept (so that
    an element's rules are short to read whatever the sheet's length: a selector written again keeps one rule).
    With ``colours`` (a page under a colour legend), the text's ``color`` too, as ``color:#RRGGBB`` (round 67:
    ``.lead{color:#c00000}``, ``td.qt {color:#C00000}``, ``.zb, .zb2 {color: red}``; before, a colour a class gave
    was read by nobody and every unit of such a cell led).

    >>> sheet = style_sheet("<style><!-- p.a6, li.a6 {font-weight:bold;} span.a5 {font-weight:700} @page x {size:1pt}"
    ...                     " .zt {font-family:黑体} td p {color:red} .lead span{font-weight:bold} --></style><p class=a6>")
    >>> [(rule.declarations, rule.specificity) for rule in sheet.rules][1:]
    [('font-weight:bold', (0, 1, 1)), ('font-weight:700', (0, 1, 1)), ('font-family:黑体', (0, 1, 0)), \
('font-weight:bold', (0, 1, 1))]
    >>> sorted(sheet.parts)
    ['.a5', '.a6', '.lead', '.zt', 'span']
    >>> [rule.declarations for rule in style_sheet("<style>.lead{color:#c00000} .zb, td.qt {color: red; font-weight:"
    ...                                            " normal} body {color:#333} b {color:inherit}</style>", True).rules]
    ['color:#C00000', 'color:#FF0000;font-weight:normal', 'color:#FF0000;font-weight:normal', 'color:#333333']
    """
    said: dict[tuple, tuple[dict[str, str], int]] = {}  # each selector's last weight and family, its last place
    parsed: dict[str, tuple | None] = {}  # each selector's text read once (a sheet repeating a rule)
    order = 0
    for block in _style_blocks(page):
        for rule in _CSS_COMMENT.sub(" ", block).split("}"):  # a rule ends at its }; its selectors after the { before
            head, brace, declarations = rule.rpartition("{")
            fonts = font_declarations(declarations) if brace else []
            if colours and brace and "color" in declarations.lower():
                fonts = [("color", f"#{rgb}" if rgb else "none", imp) for rgb, imp in colour_declarations(declarations)]
                fonts += font_declarations(declarations)
            if not fonts:
                continue
            for selector in head.rpartition("{")[2].split(","):  # (@media x { p.a {…}: the innermost selectors)
                if selector not in parsed:
                    parsed[selector] = parsed_selector(selector)
                if (key := parsed[selector]) is None:
                    continue
                font, _ = said.get(key, ({}, 0))
                for name, value, important in fonts:
                    if font.get(name, "").endswith(_IMPORTANT_MARK) and not important:
                        continue  # an important declaration outweighs a later normal one of the rule's selector
                    font.pop(name, None)  # a later declaration goes after an earlier one of the other
                    font[name] = value + (_IMPORTANT_MARK if important else "")
                order += 1
                said[key] = (font, order)
    rules: list[Rule] = []
    keyed: dict[str, list[tuple[int, int]]] = {}
    for (parts, combinators), (font, place) in said.items():
        declarations = ";".join(f"{'' if name == 'color' else 'font-'}{name}:{value}" for name, value in font.items())
        for k, part in enumerate(parts):
            keyed.setdefault(_key(part), []).append((len(rules), k))
        rules.append(Rule(parts, combinators, declarations, _specificity(parts), place))
    return StyleSheet(tuple(rules), {key: tuple(found) for key, found in keyed.items()})


def _style_blocks(page: str):
    """The text of each ``<style>`` element of a page, found with ``str.find`` (linear: a page of unclosed
    ``<style>`` tags costs one scan, as a lazy pattern tried at each would not).

    >>> list(_style_blocks("<STYLE type=text/css>p{}</STYLE><p>x</p><style>.a{}"))
    ['p{}']
    """
    lower, at = page.lower(), 0
    while (start := lower.find("<style", at)) != -1 and (opened := lower.find(">", start)) != -1:
        end = lower.find("</style", opened)
        if end == -1:
            return
        yield page[opened + 1 : end]
        at = end + 7


def matched_at(element: Element, parent: Matched | None, sheet: StyleSheet, before: Siblings | None = None) -> Matched:
    """What the sheet's selectors match at ``element``, opening inside an element where ``parent`` was matched (None
    at the page's root) after the siblings ``before`` (none: its parent's first child): a part selecting it matches
    when it is its selector's first, or the part before it matched at the parent (``>``), at or above the parent (a
    descendant combinator), at the sibling just before it (``+``) or at any sibling before it (``~``).

    >>> sheet = style_sheet("<style>#tbl td > .q {font-weight:bold}</style>")
    >>> table = matched_at(Element("table", "tbl"), None, sheet)
    >>> td = matched_at(Element("td"), matched_at(Element("tr"), table, sheet), sheet)
    >>> q = Element("span", "", frozenset({"q"}))
    >>> matched_at(q, td, sheet).own, matched_at(q, matched_at(Element("b"), td, sheet), sheet).own
    (frozenset({(0, 2)}), frozenset())
    >>> sheet = style_sheet("<style>td + td {font-weight:bold}</style>")
    >>> first = matched_at(Element("td"), None, sheet)
    >>> sorted(matched_at(Element("td"), None, sheet, Siblings().after(first)).own), matched_at(Element("td"), None, sheet).own
    ([(0, 0), (0, 1)], frozenset({(0, 0)}))
    """
    parent = parent or Matched()
    keys = ("#" + element.id if element.id else "", *("." + c for c in element.classes), element.tag, "*")
    own = set()
    for key in keys:
        for r, k in sheet.parts.get(key, ()) if key else ():
            rule = sheet.rules[r]
            if not rule.parts[k].selects(element):
                continue
            if k == 0 or (r, k - 1) in _matched_by(rule.combinators[k - 1], parent, before):
                own.add((r, k))
    if not own:
        return Matched(frozenset(), parent.above)
    return Matched(frozenset(own), parent.above | own)


def _matched_by(combinator: str, parent: Matched, before: Siblings | None) -> frozenset[tuple[int, int]]:
    """The (rule, part) pairs a combinator looks at: the parent's own, those at or above it, the last sibling's, any
    earlier sibling's."""
    if combinator == ">":
        return parent.own
    if combinator == " ":
        return parent.above
    if before is None:
        return frozenset()
    return before.last if combinator == "+" else before.earlier


def declarations_for(matched: Matched, sheet: StyleSheet) -> list[str]:
    """What the sheet's rules selecting an element (its ``matched_at``) say, in the order CSS weighs them (the last
    deciding): specificity, then the sheet's order.

    >>> sheet = style_sheet("<style>b {font-weight:normal} .article td b {font-weight:bold} td b {font-weight:400}</style>")
    >>> def at(*elements):
    ...     matched = None
    ...     for element in elements:
    ...         matched = matched_at(element, matched, sheet)
    ...     return declarations_for(matched, sheet)
    >>> at(Element("div", "", frozenset({"article"})), Element("td"), Element("b"))
    ['font-weight:normal', 'font-weight:400', 'font-weight:bold']
    >>> at(Element("td"), Element("b"))
    ['font-weight:normal', 'font-weight:400']
    """
    found = [sheet.rules[r] for r, k in matched.own if k == len(sheet.rules[r].parts) - 1]
    found.sort(key=lambda rule: (rule.specificity, rule.order))
    return [rule.declarations for rule in found]
