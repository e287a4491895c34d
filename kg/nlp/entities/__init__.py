"""Named entities: mentions found by the registry and the rules, their types and evidence."""
