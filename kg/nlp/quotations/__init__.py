"""Quotations and citations: quoted words, their speakers, cited works and locators."""
