namespace Huzhou.Credit.Evaluation.Domain;

/// <summary>What an indicator counts.</summary>
internal enum IndicatorKind : short
{
    /// <summary>A fixed number of points every subject starts from.</summary>
    Base = 1,

    /// <summary>The provincial public credit evaluation (0-1000) times the weight; a default when the subject has none.</summary>
    ProvincialScore = 2,

    /// <summary>Bad records of one penalty class within N years, each weighted by the yearly decay.</summary>
    BadRecords = 3,

    /// <summary>Entries in force on black lists (or red lists).</summary>
    ListsInForce = 4,

    /// <summary>Commitments verified as kept (已践诺) within N years.</summary>
    CommitmentsKept = 5,

    /// <summary>Commitments breached (违诺) within N years.</summary>
    CommitmentsBreached = 6,

    /// <summary>Honours (表彰荣誉) within N years.</summary>
    Honours = 7,

    /// <summary>Bad records repaired (信用修复) within N years.</summary>
    Repairs = 8,
}
