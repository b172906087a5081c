namespace Huzhou.Credit.Lists.Domain;

/// <summary>What a running import is doing (shown on its progress page).</summary>
internal enum ListImportPhase : short
{
    None = 0,

    /// <summary>Reading the stored file row by row.</summary>
    Reading = 1,

    /// <summary>Checking the rows: the pure checks, then the registry and the existing entries.</summary>
    Checking = 2,

    /// <summary>Writing the entries, their history, the rejected rows and the events in one transaction.</summary>
    Writing = 3,
}
