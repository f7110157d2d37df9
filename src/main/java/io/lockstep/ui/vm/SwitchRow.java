package io.lockstep.ui.vm;

/** One switch of the model on screen, for the window's switch menu: its name, what it does, its value. */
public record SwitchRow(String name, String description, boolean on, boolean defaultOn) {}
