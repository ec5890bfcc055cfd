"""Scripts (data) and the engine that walks a practitioner through them."""
