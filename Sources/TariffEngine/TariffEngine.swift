// Placeholder: the TariffEngine stage is built in its own issue.
