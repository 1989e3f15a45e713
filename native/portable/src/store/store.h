// The portable engine's page store: database files of copy-on-write B+trees with checkpoints.
// See database_file.h for the durability model, tree.h and cursor.h for the data API.
#pragma once

#include "cursor.h"
#include "database_file.h"
#include "store_error.h"
#include "tree.h"
