namespace Huzhou.Credit.Monitoring.Domain;

/// <summary>How a user wants alerts by e-mail.</summary>
internal enum MailMode : short
{
    None = 0,
    Immediate = 1,
    DailyDigest = 2,
}
