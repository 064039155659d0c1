"""The Processing algorithms of the provider, one module each."""


def all_algorithms():
    from .kansenkaart.advice_report import AdviceReportAlgorithm
    from .kansenkaart.assess_applications import AssessApplicationsAlgorithm
    from .connectivity.bijenlandschap import BijenlandschapAlgorithm
    from .kansenkaart.build_landuse import BuildLanduseAlgorithm
    from .connectivity.connectivity_graph import ConnectivityGraphAlgorithm
    from .connectivity.corridors import CorridorsAlgorithm
    from .connectivity.cost_distance import CostDistanceAlgorithm
    from .partnerdata.create_data_package import CreateDataPackageAlgorithm
    from .connectivity.graph_metrics import GraphMetricsAlgorithm
    from .connectivity.habitat_patches import HabitatPatchesAlgorithm
    from .habitat.habitat_suitability import HabitatSuitabilityAlgorithm
    from .partnerdata.import_observations import ImportObservationsAlgorithm
    from .partnerdata.import_partner_data import ImportPartnerDataAlgorithm
    from .kansenkaart.kansenkaart import KansenkaartAlgorithm
    from .kansenkaart.kansenkaart_chain import KansenkaartChainAlgorithm
    from .kansenkaart.measure_scenario import MeasureScenarioAlgorithm
    from .monitoring.monitoring_report import MonitoringReportAlgorithm
    from .kansenkaart.publish_website import PublishWebsiteAlgorithm
    from .connectivity.resistance_surface import ResistanceSurfaceAlgorithm
    from .monitoring.sampling_design import SamplingDesignAlgorithm
    from .habitat.seasonal_food_gaps import SeasonalFoodGapsAlgorithm
    from .partnerdata.validate_suitability import ValidateSuitabilityAlgorithm
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
