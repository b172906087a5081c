namespace Huzhou.Credit.Sanctions.Domain;

/// <summary>What a business system does when a measure applies (domain.md §5), strongest punishment first.</summary>
internal enum MeasureAction : short
{
    /// <summary>拦截: the matter may not proceed.</summary>
    Block = 1,

    /// <summary>限制: proceed under restrictions (e.g. no subsidy, stricter review).</summary>
    Restrict = 2,

    /// <summary>提示: proceed, the clerk is told.</summary>
    Warn = 3,

    /// <summary>激励: green channel, 容缺受理, simplified procedure, priority.</summary>
    Favour = 4,
}
