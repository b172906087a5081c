namespace Huzhou.Credit.Collection.Parsing;

/// <summary>A file the platform cannot read; the message is in Chinese and is shown to the uploader as is.</summary>
internal sealed class FileFormatException(string message) : Exception(message);
