namespace Huzhou.Credit.SharedKernel.Localization;

/// <summary>
/// Marker for the shared zh-CN resource file (<c>SharedResource.zh-CN.resx</c>): layout, navigation,
/// common buttons and validation messages used by the host and every module's views.
/// </summary>
public sealed class SharedResource;
