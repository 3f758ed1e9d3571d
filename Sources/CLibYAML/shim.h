#ifndef TARIFF_CLIBYAML_SHIM_H
#define TARIFF_CLIBYAML_SHIM_H
#include <yaml.h>
#endif
