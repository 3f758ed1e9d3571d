// Placeholder: the TariffEmulator stage is built in its own issue.
