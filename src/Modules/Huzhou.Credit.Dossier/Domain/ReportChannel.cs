namespace Huzhou.Credit.Dossier.Domain;

/// <summary>Where a report was asked for.</summary>
internal enum ReportChannel : short
{
    /// <summary>The public portal (信用湖州 website).</summary>
    Portal = 1,

    /// <summary>A hall terminal (信用查询终端).</summary>
    Kiosk = 2,

    /// <summary>A staff member's dossier page.</summary>
    Staff = 3,
}
