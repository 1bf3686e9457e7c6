"""Clicking a node in a network picture tells the page which node it was.

The picture is ``graph.html_render``'s page in an ``st.iframe`` (same origin,
so the app page may reach into it); that page exposes its vis-network object
as ``window.reformgraphNetwork``. This module mounts a small JavaScript-only
``st.components.v2`` component — constant code of ours, fed no document text —
that finds the iframe by its title, listens for clicks on the network and
sends the clicked node's id back as a one-shot trigger value. The page then
checks the id against the nodes it drew before using it.
"""

from __future__ import annotations

from functools import cache

import streamlit as st

_JS = """
export default function (component) {
  const { data, setTriggerValue } = component;
  const title = data && typeof data.title === "string" ? data.title : null;
  function hook() {
    for (const frame of document.querySelectorAll("iframe")) {
      if (title !== null && frame.getAttribute("title") !== title) continue;
      let net = null;
      try { net = frame.contentWindow && frame.contentWindow.reformgraphNetwork; } catch (e) { continue; }
      if (!net || net.__reformgraphClick) continue;
      net.__reformgraphClick = true;
      net.on("click", function (params) {
        if (params && params.nodes && params.nodes.length) setTriggerValue("node", String(params.nodes[0]));
      });
    }
  }
  hook();
  const timer = setInterval(hook, 400);
  return () => clearInterval(timer);
}
"""


@cache
def _bridge():
    return st.components.v2.component("reformgraph.node_click", js=_JS)


def clicked_node(frame_title: str, *, key: str) -> str | None:
    """The id of the node just clicked in the iframe titled ``frame_title`` (None when none was)."""
    result = _bridge()(key=key, data={"title": frame_title}, on_node_change=lambda: None)
    node = getattr(result, "node", None)
    return node if isinstance(node, str) and node else None
