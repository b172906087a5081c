namespace Huzhou.Credit.Sanctions.Domain;

/// <summary>The decision a check answers.</summary>
internal enum CheckDecision : short
{
    /// <summary>通过: no measure applies.</summary>
    Pass = 1,

    /// <summary>提示: proceed with restrictions or a warning.</summary>
    Warn = 2,

    /// <summary>激励: only reward measures apply.</summary>
    Favour = 3,

    /// <summary>拦截: a blocking measure applies.</summary>
    Block = 4,

    /// <summary>The code identifies no subject of the registry.</summary>
    NotFound = 5,
}
