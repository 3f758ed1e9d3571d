// Placeholder: the TariffRender stage is built in its own issue.
