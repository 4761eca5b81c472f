package org.handbook.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CompletableFuture;
import org.handbook.files.Folders;
import org.handbook.model.SitePath;
import org.handbook.render.OutputSink;

/**
 * A staging folder that becomes the output folder on {@link #commit()}. Closing it without a
 * commit deletes it and leaves the output folder untouched.
 */
public final class Staging implements OutputSink, AutoCloseable {

    private final Path target;
    private final Path staging;
    private final Path previous;
    private final CompletableFuture<Void> previousDeleted;
    private final FileLock lock;
    private boolean committed;

    Staging(Path target) throws IOException, OutputFolderException {
        this.target = target;
        String name = target.getFileName().toString();
        this.staging = target.resolveSibling("." + name + ".staging");
        this.previous = target.resolveSibling("." + name + ".previous");
        Files.createDirectories(target.getParent());
        this.lock = lock(target.resolveSibling("." + name + ".lock"), target);
        if (!Files.exists(target) && Files.isDirectory(previous)) {
            // A build killed between its two moves left the last site aside: put it back first.
            move(previous, target);
        }
        Folders.deleteRecursively(staging);
        Files.createDirectories(staging);
        // Deleting the site before last takes seconds for a large book: do it while rendering runs.
        // Staging starts only once every source has been read without error, so a build that fails
        // there keeps it; only a failing template can still cost the rollback copy.
        this.previousDeleted = CompletableFuture.runAsync(() -> deleteQuietly(previous), Staging::runOnOwnThread);
    }

    /** The folder the site is staged in, for a stage that runs a program over the written site. */
    public Path folder() {
        return staging;
    }

    @Override
    public void write(SitePath path, byte[] content) {
        Path file = staging.resolve(path.value());
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /**
     * Puts the staged site in place of the output folder. The site it replaces is kept beside it as
     * {@code .<name>.previous} until the next build, so it can be restored by hand.
     */
    public void commit() throws IOException {
        awaitPreviousDeleted();
        Folders.deleteRecursively(previous);
        boolean hadPrevious = Files.exists(target);
        if (hadPrevious) {
            move(target, previous);
        }
        try {
            move(staging, target);
        } catch (IOException e) {
            if (hadPrevious) {
                move(previous, target);
            }
            throw e;
        }
        committed = true;
    }

    @Override
    public void close() throws IOException {
        try {
            awaitPreviousDeleted();
            if (!committed) {
                Folders.deleteRecursively(staging);
            }
        } finally {
            lock.channel().close();
        }
    }

    /**
     * Two builds into one folder would write into one staging folder: the second is refused while
     * the first holds the lock, whether it runs in another process or in this one.
     */
    private static FileLock lock(Path file, Path target) throws IOException, OutputFolderException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return lock;
            }
        } catch (OverlappingFileLockException e) {
            // held by this process
        }
        channel.close();
        throw new OutputFolderException("another build is writing " + target + " now; wait for it to finish,"
                + " or build into another folder with --out");
    }

    private void awaitPreviousDeleted() {
        previousDeleted.join();
    }

    private static void deleteQuietly(Path folder) {
        try {
            Folders.deleteRecursively(folder);
        } catch (IOException e) {
            // commit() tries again and reports what still fails
        }
    }

    private static void runOnOwnThread(Runnable task) {
        Thread thread = new Thread(task, "delete-previous-site");
        thread.setDaemon(true);
        thread.start();
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
