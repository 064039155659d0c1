"""The Processing algorithms of the provider, one module each."""


def all_algorithms():
    from .advice_report import AdviceReportAlgorithm
    from .assess_applications import AssessApplicationsAlgorithm
    from .bijenlandschap import BijenlandschapAlgorithm
    from .build_landuse import BuildLanduseAlgorithm
    from .connectivity_graph import ConnectivityGraphAlgorithm
    from .corridors import CorridorsAlgorithm
    from .cost_distance import CostDistanceAlgorithm
    from .create_data_package import CreateDataPackageAlgorithm
    from .graph_metrics import GraphMetricsAlgorithm
    from .habitat_patches import HabitatPatchesAlgorithm
    from .habitat_suitability import HabitatSuitabilityAlgorithm
    from .import_observations import ImportObservationsAlgorithm
    from .import_partner_data import ImportPartnerDataAlgorithm
    from .kansenkaart import KansenkaartAlgorithm
    from .kansenkaart_chain import KansenkaartChainAlgorithm
    from .measure_scenario import MeasureScenarioAlgorithm
    from .monitoring_report import MonitoringReportAlgorithm
    from .publish_website import PublishWebsiteAlgorithm
    from .resistance_surface import ResistanceSurfaceAlgorithm
    from .sampling_design import SamplingDesignAlgorithm
    from .seasonal_food_gaps import SeasonalFoodGapsAlgorithm
    from .validate_suitability import ValidateSuitabilityAlgorithm
    return [HabitatSuitabilityAlgorithm(), SeasonalFoodGapsAlgorithm(),
            ResistanceSurfaceAlgorithm(), CostDistanceAlgorithm(), HabitatPatchesAlgorithm(),
            ConnectivityGraphAlgorithm(), GraphMetricsAlgorithm(), CorridorsAlgorithm(),
            BijenlandschapAlgorithm(),
            KansenkaartAlgorithm(), MeasureScenarioAlgorithm(), BuildLanduseAlgorithm(),
            KansenkaartChainAlgorithm(), CreateDataPackageAlgorithm(),
            ImportPartnerDataAlgorithm(), ImportObservationsAlgorithm(),
            ValidateSuitabilityAlgorithm(), AdviceReportAlgorithm(), SamplingDesignAlgorithm(),
            MonitoringReportAlgorithm(), AssessApplicationsAlgorithm(),
            PublishWebsiteAlgorithm()]
