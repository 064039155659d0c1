"""The Processing algorithms of the provider, one module each."""


def all_algorithms():
    from .habitat_patches import HabitatPatchesAlgorithm
    from .habitat_suitability import HabitatSuitabilityAlgorithm
    from .resistance_surface import ResistanceSurfaceAlgorithm
    return [HabitatSuitabilityAlgorithm(), ResistanceSurfaceAlgorithm(),
            HabitatPatchesAlgorithm()]
