// Placeholder: the TariffConfig stage is built in its own issue.
