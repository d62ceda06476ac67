using System.Globalization;
using System.Text;
using Graph.Extraction.Reading;

namespace Graph.Cli.Serving;

/// <summary>What a file looked like when it was checked: equal stamps mean "has not changed".</summary>
public readonly record struct FileStamp(long Size, DateTime LastWriteUtc);

/// <summary>
/// The inbox and its two outcome folders, <c>done/</c> and <c>failed/</c>. Only the inbox's top level is read;
/// hidden files (a leading dot) and names without an article extension are left alone, so a writer can copy to
/// <c>.name.txt</c> or <c>name.txt.tmp</c> and rename into place. Moves never overwrite: a name already taken
/// in the outcome folder gets a <c>~N</c> suffix, unless the file there has the same bytes (the same file
/// dropped again), in which case the inbox copy, which adds nothing, is removed.
/// </summary>
public sealed class InboxFolder
{
    /// <summary>Uses <paramref name="inbox"/>, creating <c>done/</c> and <c>failed/</c> inside it.</summary>
    public InboxFolder(string inbox)
    {
        Inbox = Path.GetFullPath(inbox);
        Done = Path.Combine(Inbox, "done");
        Failed = Path.Combine(Inbox, "failed");
        Directory.CreateDirectory(Done);
        Directory.CreateDirectory(Failed);
    }

    /// <summary>The watched folder.</summary>
    public string Inbox { get; }

    /// <summary>Where stored articles go.</summary>
    public string Done { get; }

    /// <summary>Where unreadable files go, each with a <c>NAME.error.txt</c> beside it.</summary>
    public string Failed { get; }

    /// <summary>True for a name the host should read: not hidden, with an article extension.</summary>
    public static bool IsArticleName(string fileName) =>
        fileName.Length > 0 && fileName[0] != '.' && ArticleSources.Extensions.Contains(Path.GetExtension(fileName));

    /// <summary>The article files now at the top of the inbox, lazily (the inbox may be huge).</summary>
    public IEnumerable<string> List()
    {
        IEnumerable<string> entries;
        try
        {
            entries = Directory.EnumerateFiles(Inbox);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            yield break;
        }
        using var files = entries.GetEnumerator();
        while (true)
        {
            try
            {
                if (!files.MoveNext()) yield break;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The folder changed or vanished under the listing; the next rescan will look again.
                yield break;
            }
            if (IsArticleName(Path.GetFileName(files.Current))) yield return files.Current;
        }
    }

    /// <summary>Size and modification time, or null when nothing is at <paramref name="path"/> any more.</summary>
    public static FileStamp? Stamp(string path)
    {
        try
        {
            var info = new FileInfo(path);
            // A broken link "exists" (as a link) and is read as a not-found failure; that is its outcome.
            return info.Exists ? new FileStamp(info.Length, info.LastWriteTimeUtc) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>True when something (a file or a link, even a broken one) is at <paramref name="path"/>.</summary>
    public static bool Exists(string path) => File.Exists(path) || new FileInfo(path).LinkTarget is not null;

    /// <summary>Moves a stored article's file to <c>done/</c>; returns where it went.</summary>
    public string MoveToDone(string path) => MoveInto(Done, path, errorText: null);

    /// <summary>
    /// Moves a failed file to <c>failed/</c> with <c>NAME.error.txt</c> beside it, saying <c>code: reason</c>
    /// (the <see cref="ReadError.Code"/> and message for a file that could not be read). The error file is written first
    /// (atomically, by rename), so a crash in between leaves the file in the inbox to fail again, never a failed
    /// file without its reason.
    /// </summary>
    public string MoveToFailed(string path, string code, string reason) => MoveInto(Failed, path, ErrorText(path, code, reason));

    private static string ErrorText(string path, string code, string reason) => new StringBuilder()
        .Append(code).Append(": ").AppendLine(reason)
        .Append("file: ").AppendLine(path)
        .Append("when: ").AppendLine(DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture))
        .ToString();

    private static string MoveInto(string folder, string path, string? errorText)
    {
        var name = Path.GetFileName(path);
        var stem = Path.GetFileNameWithoutExtension(name);
        var extension = Path.GetExtension(name);
        for (var n = 0; ; n++)
        {
            var target = Path.Combine(folder, n == 0 ? name : $"{stem}~{n.ToString(CultureInfo.InvariantCulture)}{extension}");
            var taken = Exists(target);
            if (taken && !SameBytes(path, target)) continue;
            if (errorText is not null) WriteAtomically(target + ".error.txt", errorText);
            if (taken)
            {
                File.Delete(path);
                return target;
            }
            try
            {
                // A rename: atomic, so after a crash the file is in the inbox or here, never both or neither.
                // The host is the only writer in done/ and failed/, so checking the name first is enough.
                File.Move(path, target, overwrite: false);
                return target;
            }
            catch (IOException) when (Exists(target) && Exists(path))
            {
                // Someone put a file there between the check and the move after all; take the next name.
            }
        }
    }

    private static bool SameBytes(string a, string b)
    {
        try
        {
            var infoA = new FileInfo(a);
            var infoB = new FileInfo(b);
            if (infoA.LinkTarget is not null || infoB.LinkTarget is not null)
                return infoA.LinkTarget == infoB.LinkTarget;
            if (infoA.Length != infoB.Length) return false;
            using var sa = new FileStream(a, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16);
            using var sb = new FileStream(b, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16);
            var bufferA = new byte[1 << 16];
            var bufferB = new byte[1 << 16];
            while (true)
            {
                var read = sa.ReadAtLeast(bufferA, bufferA.Length, throwOnEndOfStream: false);
                if (sb.ReadAtLeast(bufferB, bufferB.Length, throwOnEndOfStream: false) != read) return false;
                if (read == 0) return true;
                if (!bufferA.AsSpan(0, read).SequenceEqual(bufferB.AsSpan(0, read))) return false;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static void WriteAtomically(string path, string text)
    {
        var temp = path + ".tmp";
        File.WriteAllText(temp, text, new UTF8Encoding(false));
        File.Move(temp, path, overwrite: true);
    }
}
