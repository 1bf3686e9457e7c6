"""Outputs drawn from views: slide images, offline HTML, interchange files."""
