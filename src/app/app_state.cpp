// AppState helpers (grows with the decision profile).
#include "app/app_state.h"
