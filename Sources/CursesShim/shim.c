#include "CursesShim.h"
int cs_placeholder(void){return 0;}
