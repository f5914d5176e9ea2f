package org.counterpart.planning;

/** A task as people name it: its number in a year's plan (2018 年第 21 项). */
public record TaskRef(int year, int number) {
}
