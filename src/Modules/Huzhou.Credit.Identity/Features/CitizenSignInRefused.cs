namespace Huzhou.Credit.Identity.Features;

/// <summary>The platform vouched for the person but this platform refuses the sign-in; the message is shown to the citizen.</summary>
internal sealed class CitizenSignInRefused(string message) : Exception(message);
