namespace Huzhou.Credit.Web.Infrastructure;

/// <summary>
/// The application refuses to start: a setting is unsafe for the environment (demo keys or accounts in Production, a
/// database role that can change the audit log). Program logs the reason as one fatal line and exits with code 1.
/// </summary>
internal sealed class StartupRefusedException(string reason) : Exception(reason);
