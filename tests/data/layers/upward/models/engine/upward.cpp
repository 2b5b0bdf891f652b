// Fixture: the engine reaching up into assist, which check_layers must refuse.
#include "assist/helper.h"
