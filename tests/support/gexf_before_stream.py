"""The GEXF writer before it was streamed (``interchange._write_gexf`` until session 11): networkx's whole tree,
its dated ``<meta>`` replaced by ReformGraph's. Kept as the reference the streamed writer must equal byte for byte."""

from __future__ import annotations

from xml.etree.ElementTree import Element, SubElement

from reformgraph.render.gexf_stream import gexf_writer


def write_gexf_whole(H, fh, meta: str) -> None:
    writer = gexf_writer()  # networkx's, with the first type of a mixed attribute kept as before networkx 3.7
    writer.add_graph(H)
    for child in list(writer.xml):
        if child.tag == "meta":
            writer.xml.remove(child)
    meta_el = Element("meta")
    SubElement(meta_el, "creator").text = "ReformGraph"
    SubElement(meta_el, "description").text = meta
    writer.xml.insert(0, meta_el)
    writer.write(fh)
