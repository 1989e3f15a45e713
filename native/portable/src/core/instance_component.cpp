#include "instance_component.h"

#include <mutex>
#include <vector>

namespace esent::core {

namespace {

std::mutex& factoriesMutex() {
    static std::mutex mutex;
    return mutex;
}

std::vector<ComponentFactory>& factories() {
    static std::vector<ComponentFactory> list;
    return list;
}

}  // namespace

void registerComponentFactory(ComponentFactory factory) {
    std::lock_guard<std::mutex> lock(factoriesMutex());
    factories().push_back(std::move(factory));
}

std::vector<std::unique_ptr<InstanceComponent>> createComponents(Instance& instance) {
    std::vector<ComponentFactory> copy;
    {
        std::lock_guard<std::mutex> lock(factoriesMutex());
        copy = factories();
    }
    std::vector<std::unique_ptr<InstanceComponent>> components;
    for (const ComponentFactory& factory : copy) {
        if (auto component = factory(instance)) components.push_back(std::move(component));
    }
    return components;
}

}  // namespace esent::core
