"""The Processing algorithms of the provider, one module each."""


def all_algorithms():
    from .habitat_suitability import HabitatSuitabilityAlgorithm
    return [HabitatSuitabilityAlgorithm()]
