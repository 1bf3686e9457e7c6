"""Test infrastructure (never installed): an embedded Bolt server, GDS probing."""
