"""Pure functions over strings and spans that the components call; testable without a pipeline."""
