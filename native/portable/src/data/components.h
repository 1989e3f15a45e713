// The data layer's components, registered in the order their hooks must run (components.cpp).
#pragma once

namespace esent::data {

// True once the factories are registered (at static initialisation). Referenced from
// DatabaseComponent::of so that a static link of the engine keeps components.cpp.
bool dataComponentsRegistered();

}  // namespace esent::data
