"""Stand-ins for Streamlit's output functions that keep what a page gave them (unit tests of explorer tables)."""

from __future__ import annotations

import streamlit as st


class Recorder:
    """Stands in for ``st.dataframe`` / ``st.caption`` / ``st.download_button`` and keeps what they got."""

    def __init__(self, monkeypatch):
        self.frames, self.captions, self.buttons = [], [], []
        monkeypatch.setattr(st, "dataframe", lambda data, **kw: self.frames.append((data, kw)))
        monkeypatch.setattr(st, "caption", lambda text, **kw: self.captions.append(text))
        monkeypatch.setattr(st, "download_button", lambda label, **kw: self.buttons.append((label, kw)))
