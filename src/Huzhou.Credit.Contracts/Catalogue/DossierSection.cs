namespace Huzhou.Credit.Contracts.Catalogue;

/// <summary>The sections of the 1+9+X dossier an item's records are shown under.</summary>
public enum DossierSection
{
    /// <summary>概况 (the "1").</summary>
    Overview = 0,

    /// <summary>行政许可.</summary>
    AdministrativeLicence = 1,

    /// <summary>行政处罚.</summary>
    AdministrativePenalty = 2,

    /// <summary>红名单.</summary>
    RedList = 3,

    /// <summary>黑名单.</summary>
    BlackList = 4,

    /// <summary>证照信息.</summary>
    Certificates = 5,

    /// <summary>双随机抽查.</summary>
    RandomInspection = 6,

    /// <summary>信用承诺.</summary>
    Commitment = 7,

    /// <summary>行业信用评价.</summary>
    IndustryEvaluation = 8,

    /// <summary>表彰荣誉.</summary>
    Honour = 9,

    /// <summary>其他 (the "X").</summary>
    Other = 10,
}
